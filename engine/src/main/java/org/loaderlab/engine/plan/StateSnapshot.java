package org.loaderlab.engine.plan;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * The engine's state between operations, copied under its lock so the planner can read it
 * without one. Modules neither running nor open may be absent.
 *
 * @param dialplan the dialplan in force
 * @param shuttingDown a shutdown has begun: nothing may start any more
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record StateSnapshot(SortedMap<ModuleName, ModuleSnapshot> modules, Dialplan dialplan, boolean shuttingDown) {

  public StateSnapshot {
    Objects.requireNonNull(dialplan, "dialplan");
    modules = Collections.unmodifiableSortedMap(new TreeMap<>(modules));
  }

  /** Nothing running, nothing open: an engine before startup. */
  public static StateSnapshot empty() {
    return new StateSnapshot(new TreeMap<>(), Dialplan.empty(), false);
  }

  /** The state of {@code module}; an idle one when the engine has never touched it. */
  public ModuleSnapshot module(ModuleName module) {
    ModuleSnapshot found = modules.get(module);
    return found != null ? found : ModuleSnapshot.idle(module);
  }

  public boolean isLibOpen(ModuleName module) {
    ModuleSnapshot found = modules.get(module);
    return found != null && found.libOpen();
  }

  public boolean isRunning(ModuleName module) {
    ModuleSnapshot found = modules.get(module);
    return found != null && found.running();
  }
}
