package org.loaderlab.legacy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.engine.spi.Runtime;

/**
 * A compact model of Asterisk's module loader as it is today, deliberately unsafe, behind the
 * engine's {@link ModuleLoader} interface: it opens binaries through the same {@link Linker}, runs
 * its operations as tasks on the same {@link Runtime}, and reports what it does as the same
 * events, so the harness's oracles judge it as they judge the engine and can be seen to fire.
 *
 * <p>What it models, each a hazard today's Asterisk really has:
 * <ul>
 *   <li>one use count per module, no holders: channels ({@code ast_module_user_add}), running
 *       applications and functions, and dependents' {@code .requires} add to it; the events still
 *       name a holder so the trace reads;
 *   <li>{@code module load X} loads X's {@code .requires} (the manifest's {@code module=} needs
 *       only) depth first in name order, never checking {@code neverload} for them, with no cycle
 *       detection (on a cycle one module starts before the other runs) and no undo;
 *   <li>{@code module unload X} is refused while the use count is above zero, and stopping X
 *       never stops what it required; {@code unload -f X} hangs up its channels and
 *       {@code dlclose}s at once, waiting for no user, caller, execution or thread;
 *   <li>optional APIs, registered things, channel techs and threadstorage take no reference:
 *       a call into an unloaded module runs anyway (the linker sees the segfault);
 *   <li>startup: the built-ins, {@code preload}, then the rest by {@code load_priority};
 *       a {@code require=} module that does not run fails startup;
 *   <li>shutdown unloads, newest first and in rounds, what nobody uses; the rest stays open.
 * </ul>
 * {@link LegacyFaults} adds bugs past and present. The classes behind it: {@link LegacyRunner}
 * (the queue of operations), {@link LegacyPlanner} with {@link LoadWalk} and
 * {@link ShutdownRounds} (the fixed procedures, as plans), {@link LegacySteps} (each step), with
 * {@link LegacyInstances} ({@code load_module}, {@code unload_module}) and {@link LegacyLibs} ({@code dlclose}),
 * {@link LegacyUses} (counts taken outside operations), {@link ModuleRequests} (what module code
 * asks), {@link LegacyStatus}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LegacyLoader implements ModuleLoader {

  private final LegacyState state;
  private final LegacyPlanner planner;
  private final LegacyRunner runner;
  private final LegacyUses uses;
  private final LegacyStatus status;

  private LegacyLoader(Settings settings) {
    this.state = new LegacyState(settings);
    this.planner = new LegacyPlanner(state);
    ModuleRequests requests = new ModuleRequests(state);
    this.runner = new LegacyRunner(state, planner, new LegacySteps(state, requests, this));
    this.uses = new LegacyUses(state);
    this.status = new LegacyStatus(state);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompletableFuture<Outcome> start() {
    return runner.submit(new Operation.Startup());
  }

  @Override
  public CompletableFuture<Outcome> load(ModuleName module) {
    return runner.submit(new Operation.Load(module));
  }

  @Override
  public CompletableFuture<Outcome> unload(ModuleName module, boolean force) {
    return runner.submit(new Operation.Unload(module, force));
  }

  @Override
  public CompletableFuture<Outcome> reload(ModuleName module) {
    return runner.submit(new Operation.Reload(module));
  }

  @Override
  public CompletableFuture<Outcome> shutdown(boolean graceful) {
    return runner.submit(new Operation.Shutdown(graceful));
  }

  @Override
  public CompletableFuture<Outcome> loadDialplan(Dialplan dialplan) {
    return runner.submit(new Operation.LoadDialplan(dialplan));
  }

  @Override
  public Plan plan(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    if (LegacyRunner.rescans(operation)) {
      state.rescan();
    } else {
      state.ensureCatalog();
    }
    Plan plan = state.locked(() -> planner.plan(operation));
    if (state.settings.faults().dryRunRootOnly() && operation instanceof Operation.Load load) {
      return new Plan(operation, plan.steps().stream().filter(step -> step.module().equals(load.module())).toList(),
          plan.refusals(), plan.waiting());
    }
    return plan;
  }

  @Override
  public UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel)
      throws ModuleUnavailableException {
    return uses.addUser(module, kind, id, cancel);
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    return uses.callOptional(provider, body);
  }

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException {
    return uses.execute(kind, name, body);
  }

  /** Never refuses: today's core does not know threadstorage has a destructor in a module. */
  @Override
  public UserHandle attachThreadStorage(ModuleName module, String threadId) {
    return uses.attachThreadStorage(module, threadId);
  }

  @Override
  public List<ModuleStatus> show() {
    state.ensureCatalog();
    return state.locked(status::show);
  }

  @Override
  public String why(ModuleName module) {
    return state.locked(() -> status.why(module));
  }

  @Override
  public String whyNot(ModuleName module) {
    state.ensureCatalog();
    return state.locked(() -> status.whyNot(module));
  }

  @Override
  public List<ModuleName> complete(String prefix) {
    state.rescan();
    String lower = prefix.toLowerCase(Locale.ROOT);
    return state.locked(() -> state.catalog.entries().stream().map(CatalogEntry::name)
        .filter(name -> name.canonical().startsWith(lower)).toList());
  }

  /**
   * Builds a legacy loader from the same inputs as the engine's {@code LoaderBuilder}: the
   * modules folder, a linker and a runtime are required; the configuration defaults to empty
   * files, the listener to none, and the faults to {@link LegacyFaults#today()}.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {

    private Path modulesFolder;
    private ModulesConf modulesConf = ModulesConf.empty();
    private ExtConfig extConfig = ExtConfig.empty();
    private Dialplan dialplan = Dialplan.empty();
    private Linker linker;
    private Runtime runtime;
    private EventListener listener = event -> {};
    private LegacyFaults faults = LegacyFaults.today();

    private Builder() {}

    public Builder modulesFolder(Path folder) {
      this.modulesFolder = Objects.requireNonNull(folder, "modulesFolder");
      return this;
    }

    public Builder modulesConf(ModulesConf conf) {
      this.modulesConf = Objects.requireNonNull(conf, "modulesConf");
      return this;
    }

    /** Accepted for the same wiring as the engine, and ignored: today's loader has {@code preload} instead. */
    public Builder extConfig(ExtConfig conf) {
      this.extConfig = Objects.requireNonNull(conf, "extConfig");
      return this;
    }

    public Builder dialplan(Dialplan dialplan) {
      this.dialplan = Objects.requireNonNull(dialplan, "dialplan");
      return this;
    }

    public Builder linker(Linker linker) {
      this.linker = Objects.requireNonNull(linker, "linker");
      return this;
    }

    public Builder runtime(Runtime runtime) {
      this.runtime = Objects.requireNonNull(runtime, "runtime");
      return this;
    }

    public Builder listener(EventListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public Builder faults(LegacyFaults faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** The loader, not yet started: call {@link ModuleLoader#start()}. */
    public LegacyLoader build() {
      requireSet("modulesFolder", modulesFolder);
      requireSet("linker", linker);
      requireSet("runtime", runtime);
      return new LegacyLoader(new Settings(modulesFolder, modulesConf, extConfig, dialplan, linker, runtime, listener,
          faults));
    }

    private static void requireSet(String field, Object value) {
      if (value == null) {
        throw new IllegalStateException(field + " is required");
      }
    }
  }
}
