package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Planner;
import org.loaderlab.engine.plan.Refusal;

/**
 * What the legacy loader would do for an operation, as a {@link Plan}: it has no planner, so this
 * writes down its fixed procedures (the dependency walk, the unload checks, shutdown's rounds)
 * for the dry run, and the loader then follows the same plan. Under the state lock.
 */
final class LegacyPlanner {

  /** The holder of the modules every start loads: today's built-ins in {@code main/}. */
  static final Holder BUILTIN = new Holder(HolderKind.ADMIN, "builtin");

  static final Holder DIALPLAN = new Holder(HolderKind.DIALPLAN, "dialplan");

  private final LegacyState state;

  LegacyPlanner(LegacyState state) {
    this.state = state;
  }

  Plan plan(Operation operation) {
    state.assertLocked();
    boolean loads = !(operation instanceof Operation.Shutdown) && !(operation instanceof Operation.Stop);
    if (state.shuttingDown && loads) {
      return refused(operation, Planner.subject(operation), "the loader is shutting down");
    }
    if (operation instanceof Operation.Load load) {
      return load(load);
    } else if (operation instanceof Operation.Unload unload) {
      return unload(unload);
    } else if (operation instanceof Operation.Startup) {
      return startup(operation);
    } else if (operation instanceof Operation.Shutdown shutdown) {
      return shutdown(shutdown);
    } else if (operation instanceof Operation.Reload reload) {
      return state.catalog.find(reload.module()).isPresent() ? empty(operation)
          : refused(operation, reload.module(), reload.module() + " cannot reload: it is not installed");
    } else if (operation instanceof Operation.LoadDialplan dialplan) {
      return dialplan(dialplan);
    } else if (operation instanceof Operation.Stop stop) {
      return refused(operation, stop.module(), "the legacy loader never defers a stop");
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  private Plan load(Operation.Load load) {
    ModuleName module = load.module();
    if (state.find(module).map(LegacyModule::isRunning).orElse(false)) {
      return refused(load, module, module + " cannot load: it is already running");
    }
    Optional<SourceLocation> ban = state.settings.modulesConf().bannedAt(module);
    if (ban.isPresent()) {
      // Checked for the module asked for only, never for what it requires.
      return refused(load, module, module + " cannot load: neverload bans it (" + ban.get() + ")");
    }
    LoadWalk walk = new LoadWalk(state);
    walk.root(module, Planner.CLI, "the admin ran " + Planner.title(load));
    return new Plan(load, walk.steps(), walk.refusals(), List.of());
  }

  /**
   * Startup, in today's order: the built-ins, then {@code preload} in file order, then every
   * {@code load=}, {@code require=} and (with autoload) every other module not kept out, by
   * {@code load_priority} (by name under {@link LegacyFaults#ignoreLoadPriority}).
   */
  private Plan startup(Operation startup) {
    ModulesConf conf = state.settings.modulesConf();
    LoadWalk walk = new LoadWalk(state);
    for (ModuleName module : conf.required()) {
      if (conf.isBanned(module) || conf.isNoload(module)) {
        walk.refuse(module, module + " cannot load: it is required, but " + (conf.isBanned(module) ? "neverload" : "noload")
            + " keeps it out");
      } else if (state.catalog.find(module).isEmpty()) {
        walk.refuse(module, module + " cannot load: it is required, but not installed");
      }
    }
    List<CatalogEntry> builtins = new ArrayList<>();
    List<CatalogEntry> rest = new ArrayList<>();
    for (CatalogEntry entry : state.catalog.entries()) {
      if (entry.isEmbedded()) {
        builtins.add(entry);
      } else if (isStarted(conf, entry.name())) {
        rest.add(entry);
      }
    }
    builtins.sort(order());
    rest.sort(order());
    for (CatalogEntry entry : builtins) {
      walk.root(entry.name(), BUILTIN, entry.name() + " is built into the core");
    }
    for (Located<ModuleName> line : conf.preload()) {
      if (!conf.isNoload(line.value()) && !conf.isBanned(line.value())) {
        walk.root(line.value(), new Holder(HolderKind.ADMIN, line.location().toString()),
            "modules.conf says preload=" + line.value() + " (" + line.location() + ")");
      }
    }
    for (CatalogEntry entry : rest) {
      if (conf.preload().stream().anyMatch(line -> line.value().equals(entry.name()))) {
        continue;
      }
      walk.root(entry.name(), adminOf(conf, entry.name()), because(conf, entry.name()));
    }
    return new Plan(startup, walk.steps(), walk.refusals(), List.of());
  }

  private static boolean isStarted(ModulesConf conf, ModuleName module) {
    return conf.explicitLoads().contains(module) || conf.mayAutoload(module);
  }

  private Comparator<CatalogEntry> order() {
    Comparator<CatalogEntry> byName = Comparator.comparing(CatalogEntry::name);
    if (state.settings.faults().ignoreLoadPriority()) {
      return byName;
    }
    return Comparator.comparingInt((CatalogEntry entry) -> entry.manifest().loadPriority().value()).thenComparing(byName);
  }

  private static Holder adminOf(ModulesConf conf, ModuleName module) {
    return lineOf(conf, module).map(at -> new Holder(HolderKind.ADMIN, at.toString())).orElse(Planner.AUTOLOAD);
  }

  private static String because(ModulesConf conf, ModuleName module) {
    Optional<SourceLocation> line = lineOf(conf, module);
    if (line.isEmpty()) {
      return "modules.conf says autoload=yes" + conf.autoloadLocation().map(at -> " (" + at + ")").orElse("");
    }
    String key = conf.isRequired(module) ? "require" : "load";
    return "modules.conf says " + key + "=" + module + " (" + line.get() + ")";
  }

  private static Optional<SourceLocation> lineOf(ModulesConf conf, ModuleName module) {
    Optional<SourceLocation> required = conf.requiredAt(module);
    if (required.isPresent()) {
      return required;
    }
    return conf.load().stream().filter(line -> line.value().equals(module)).map(Located::location).findFirst();
  }

  /**
   * Plain: refused while the use count is above zero, as {@code ast_unload_resource} refuses.
   * Forced: the channels are hung up and the module is stopped and its lib closed at once,
   * whatever still counts on it.
   */
  private Plan unload(Operation.Unload unload) {
    ModuleName module = unload.module();
    Optional<LegacyModule> found = state.find(module);
    if (found.isEmpty() || !found.get().isRunning()) {
      return refused(unload, module, module + " cannot unload: it is not running");
    }
    LegacyModule record = found.get();
    if (record.embedded) {
      return refused(unload, record.name, record.name + " cannot unload: it is built into the core");
    }
    if (!unload.force() && record.useCount > 0) {
      return refused(unload, record.name, record.name + " cannot unload: its use count is " + record.useCount);
    }
    String because = "the admin ran " + Planner.title(unload);
    List<PlanStep> steps = new ArrayList<>();
    if (unload.force()) {
      record.users.forEach(user -> steps.add(new PlanStep.CancelUser(record.name, user.holder(), because)));
    }
    record.traceOnlyHolds.forEach(holder -> steps.add(new PlanStep.Release(record.name, holder, because)));
    steps.add(new PlanStep.StopInstance(record.name, because));
    steps.add(new PlanStep.CloseLib(record.name, because));
    return new Plan(unload, steps, List.of(), List.of());
  }

  /** Shutdown: {@code now} hangs every user up first; then {@link ShutdownRounds}, as the state is now. */
  private Plan shutdown(Operation.Shutdown shutdown) {
    if (state.shuttingDown) {
      return refused(shutdown, Planner.LOADER, "the loader is already shutting down");
    }
    List<PlanStep> steps = new ArrayList<>(cancels(shutdown));
    steps.addAll(new ShutdownRounds(state).steps("the loader is shutting down"));
    return new Plan(shutdown, steps, List.of(), List.of());
  }

  /** {@code core stop now}'s soft hangups: every user of every running module, by module. */
  List<PlanStep> cancels(Operation.Shutdown shutdown) {
    List<PlanStep> steps = new ArrayList<>();
    if (!shutdown.graceful()) {
      for (LegacyModule record : state.modules()) {
        if (record.isRunning()) {
          record.users.forEach(user -> steps.add(new PlanStep.CancelUser(record.name, user.holder(), "core stop now")));
        }
      }
    }
    return steps;
  }

  /** Today the dialplan holds nothing; under {@link LegacyFaults#dialplanAutoload} it loads what it uses. */
  private Plan dialplan(Operation.LoadDialplan operation) {
    if (!state.settings.faults().dialplanAutoload()) {
      return empty(operation);
    }
    LoadWalk walk = new LoadWalk(state);
    Map<ModuleName, Requirement> providers = new TreeMap<>();
    for (Requirement need : operation.dialplan().requirements()) {
      walk.providers().best(need).ifPresent(provider -> providers.putIfAbsent(provider, need));
    }
    // Never checked against neverload: the dialplan loads whatever provides what it uses.
    providers.forEach((provider, need) -> walk.root(provider, DIALPLAN, "the dialplan uses " + need));
    return new Plan(operation, walk.steps(), walk.refusals(), List.of());
  }

  private static Plan empty(Operation operation) {
    return new Plan(operation, List.of(), List.of(), List.of());
  }

  private static Plan refused(Operation operation, ModuleName module, String reason) {
    return new Plan(operation, List.of(), List.of(new Refusal(module, reason)), List.of());
  }
}
