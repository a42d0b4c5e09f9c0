package org.loaderlab.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * The pure planner: facts and a snapshot of state in, a {@link Plan} out, nothing changed. The
 * engine prints this plan as the dry run, executes it step by step, and, when a step fails
 * (a checksum, the linker, {@code load_module}), asks {@link #replan} for the rest.
 *
 * <p>Cycle rule: every module on a cycle (a strongly connected component of the needs graph) is
 * refused, and so is every module that needs one of them; the message names the cycle path from
 * its smallest module name.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Planner {

  private static final SortedSet<ModuleName> EMPTY_NAMES = Collections.emptySortedSet();

  /** The module events about no single module (startup, shutdown, the dialplan) are filed under. */
  public static final ModuleName LOADER = ModuleName.of("loader");

  /** The admin holder of {@code module load}. */
  public static final Holder CLI = new Holder(HolderKind.ADMIN, "cli");

  /** The admin holder of modules autoload starts. */
  public static final Holder AUTOLOAD = new Holder(HolderKind.ADMIN, "autoload");

  private Planner() {}

  /** What {@code operation} would do now. */
  public static Plan plan(Operation operation, Facts facts, StateSnapshot state) {
    if (operation instanceof Operation.Load load) {
      return load(load, facts, state);
    } else if (operation instanceof Operation.Startup) {
      return startup(operation, facts, state);
    } else if (operation instanceof Operation.Unload unload) {
      return StopPlanner.unload(unload, state);
    } else if (operation instanceof Operation.Shutdown shutdown) {
      return StopPlanner.shutdown(shutdown, state);
    } else if (operation instanceof Operation.Stop stop) {
      return StopPlanner.stop(stop, state);
    } else if (operation instanceof Operation.LoadDialplan dialplan) {
      return state.shuttingDown() ? refused(operation, LOADER, "the loader is shutting down")
          : StopPlanner.dialplan(dialplan, state);
    } else if (operation instanceof Operation.Reload reload) {
      boolean known = facts.catalog().find(reload.module()).isPresent();
      return known ? new Plan(operation, List.of(), List.of(), List.of())
          : refused(operation, reload.module(), reload.module() + " cannot reload: it is not installed");
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  private static Plan refused(Operation operation, ModuleName module, String reason) {
    return new Plan(operation, List.of(), List.of(new Refusal(module, reason)), List.of());
  }

  private static Optional<Plan> refusedByLoader(Operation operation, ModuleName module, Facts facts, StateSnapshot state) {
    if (state.shuttingDown()) {
      return Optional.of(refused(operation, module, module + " cannot load: the loader is shutting down"));
    }
    if (facts.catalog().size() > facts.limits().modulesMax()) {
      return Optional.of(refused(operation, module, module + " cannot load: the modules folder holds "
          + facts.catalog().size() + " modules, more than " + facts.limits().modulesMax() + " (modulesMax)"));
    }
    return Optional.empty();
  }

  private static Plan load(Operation.Load load, Facts facts, StateSnapshot state) {
    Optional<ModuleName> installed = facts.catalog().find(load.module()).map(CatalogEntry::name);
    ModuleName module = installed.orElse(load.module());
    Optional<Plan> loaderRefusal = refusedByLoader(load, module, facts, state);
    if (loaderRefusal.isPresent()) {
      return loaderRefusal.get();
    }
    if (installed.isEmpty() && !state.isRunning(module)) {
      return refused(load, module, Refusals.render(module, new Blocker.NotInstalled(), m -> null));
    }
    StartPlanner.Root root = new StartPlanner.Root(module, CLI, Cause.root("the admin ran " + title(load)));
    return StartPlanner.plan(load, List.of(root), facts, state, Set.of(), List.of(), List.of());
  }

  private static Plan startup(Operation startup, Facts facts, StateSnapshot state) {
    Optional<Plan> loaderRefusal = refusedByLoader(startup, LOADER, facts, state);
    if (loaderRefusal.isPresent()) {
      return loaderRefusal.get();
    }
    ModulesConf conf = facts.modulesConf();
    List<Refusal> fatal = new ArrayList<>();
    List<Refusal> notes = new ArrayList<>();
    for (ModuleName module : conf.required()) {
      String note = "; " + StartPlanner.requiredNote(module, facts);
      if (conf.isBanned(module)) {
        fatal.add(new Refusal(module, Refusals.render(module, new Blocker.Banned(conf.bannedAt(module).orElseThrow()),
            m -> null) + note));
      } else if (conf.isNoload(module)) {
        fatal.add(new Refusal(module, module + " cannot load: noload keeps it out (" + conf.noloadAt(module).orElseThrow()
            + ")" + note));
      } else if (facts.catalog().find(module).isEmpty()) {
        fatal.add(new Refusal(module, Refusals.render(module, new Blocker.NotInstalled(), m -> null) + note));
      }
    }
    List<StartPlanner.Root> roots = new ArrayList<>();
    for (ModuleName module : conf.explicitLoads()) {
      Optional<CatalogEntry> entry = facts.catalog().find(module);
      if (entry.isEmpty()) {
        if (!conf.isRequired(module)) {
          notes.add(new Refusal(module, Refusals.render(module, new Blocker.NotInstalled(), m -> null)));
        }
        continue;
      }
      SourceLocation line = conf.requiredAt(module).orElseGet(() -> firstLine(conf.load(), module));
      String key = conf.isRequired(module) ? "require" : "load";
      roots.add(new StartPlanner.Root(entry.get().name(), new Holder(HolderKind.ADMIN, line.toString()),
          Cause.root("modules.conf says " + key + "=" + module + " (" + line + ")")));
    }
    if (conf.autoload()) {
      SortedSet<ModuleName> explicit = conf.explicitLoads();
      // What ModulesConf.mayAutoload asks line by line, hashed once for the whole catalog.
      Set<ModuleName> keptOut = new HashSet<>();
      conf.noload().forEach(line -> keptOut.add(line.value()));
      conf.neverload().forEach(line -> keptOut.add(line.value()));
      String where = conf.autoloadLocation().map(at -> " (" + at + ")").orElse("");
      // One cause for every module autoload starts: it is rendered once, not once per module.
      Cause autoload = Cause.root("modules.conf says autoload=yes" + where);
      for (CatalogEntry entry : facts.catalog().entries()) {
        if (entry.valid() && !keptOut.contains(entry.name()) && !explicit.contains(entry.name())) {
          roots.add(new StartPlanner.Root(entry.name(), AUTOLOAD, autoload));
        }
      }
    }
    return StartPlanner.plan(startup, roots, facts, state, conf.required(), fatal, notes);
  }

  private static SourceLocation firstLine(List<Located<ModuleName>> lines, ModuleName module) {
    return lines.stream().filter(line -> line.value().equals(module)).map(Located::location).findFirst().orElseThrow();
  }

  /**
   * The rest of an operation after a step failed: {@code failed} and every module that needs it
   * (through the plan's dependent holds) are refused. A load, or a startup that loses a required
   * module, is undone whole: every hold it took is released, in reverse, and whatever it opened or
   * started and nothing holds any more stops and closes. A startup that loses an optional module
   * goes on without it and the modules it needs, settling at its end what nothing holds.
   *
   * @param taken the holds the operation took so far and still has, in the order taken
   * @param touched every module the operation opened or started
   */
  public static Plan replan(Operation operation, Facts facts, StateSnapshot now, List<PlanStep> remaining,
      List<PlanStep.Hold> taken, Set<ModuleName> touched, ModuleName failed, String why) {
    Map<ModuleName, SortedSet<ModuleName>> dependents = new TreeMap<>();
    List<PlanStep> everyHold = new ArrayList<>(taken);
    everyHold.addAll(remaining);
    for (PlanStep step : everyHold) {
      if (step instanceof PlanStep.Hold hold && hold.holder().kind() == HolderKind.DEPENDENT) {
        dependents.computeIfAbsent(hold.module(), k -> new TreeSet<>()).add(ModuleName.of(hold.holder().id()));
      }
    }
    Map<ModuleName, Blocker> refused = new TreeMap<>();
    refused.put(failed, new Blocker.Failed(why));
    Deque<ModuleName> work = new ArrayDeque<>(List.of(failed));
    while (!work.isEmpty()) {
      ModuleName module = work.poll();
      for (ModuleName dependent : dependents.getOrDefault(module, new TreeSet<>())) {
        if (!refused.containsKey(dependent)) {
          refused.put(dependent, new Blocker.Needs(module, Requirement.module(module)));
          work.add(dependent);
        }
      }
    }
    boolean whole = operation instanceof Operation.Load
        || refused.keySet().stream().anyMatch(facts.modulesConf()::isRequired);
    List<Refusal> refusals = new ArrayList<>();
    for (Map.Entry<ModuleName, Blocker> entry : refused.entrySet()) {
      String reason = Refusals.render(entry.getKey(), entry.getValue(), refused::get);
      boolean required = operation instanceof Operation.Startup && facts.modulesConf().isRequired(entry.getKey());
      refusals.add(new Refusal(entry.getKey(), required ? reason + "; " + StartPlanner.requiredNote(entry.getKey(), facts) : reason));
    }
    Cause cause = Cause.root(failed + " failed to start (" + why + ")");
    Simulation simulation = new Simulation(now);
    List<PlanStep.Hold> undone = new ArrayList<>(taken);
    java.util.Collections.reverse(undone);
    for (PlanStep.Hold hold : undone) {
      boolean byRefused = hold.holder().kind() == HolderKind.DEPENDENT && refused.containsKey(ModuleName.of(hold.holder().id()));
      if (whole || byRefused) {
        simulation.release(hold.module(), hold.holder(), cause, false);
      }
    }
    if (!whole) {
      for (PlanStep step : remaining) {
        boolean byRefused = step instanceof PlanStep.Hold hold && hold.holder().kind() == HolderKind.DEPENDENT
            && refused.containsKey(ModuleName.of(hold.holder().id()));
        if (!refused.containsKey(step.module()) && !byRefused) {
          simulation.replay(step);
        }
      }
    }
    Set<ModuleName> settle = new TreeSet<>(touched);
    undone.forEach(hold -> settle.add(hold.module()));
    settle.add(failed);
    for (ModuleName module : dependentsFirst(settle, dependents)) {
      simulation.settle(module, cause);
    }
    return new Plan(operation, simulation.steps(), refusals, List.of());
  }

  /**
   * {@code modules} ordered so that each comes after every one of them that depends on it: an undo
   * stops a dependent before what it needs, never a dependency under a user still running. Ties go
   * by name; iterative, since a dependency chain may be as long as the catalog.
   */
  static List<ModuleName> dependentsFirst(Set<ModuleName> modules, Map<ModuleName, SortedSet<ModuleName>> dependents) {
    List<ModuleName> order = new ArrayList<>(modules.size());
    Set<ModuleName> placed = new HashSet<>();
    Set<ModuleName> onStack = new HashSet<>();
    Deque<ModuleName> stack = new ArrayDeque<>();
    for (ModuleName root : new TreeSet<>(modules)) {
      stack.push(root);
      onStack.add(root);
      while (!stack.isEmpty()) {
        ModuleName module = stack.peek();
        if (placed.contains(module)) {
          stack.pop();
          onStack.remove(module);
          continue;
        }
        ModuleName waiting = null;
        for (ModuleName dependent : dependents.getOrDefault(module, EMPTY_NAMES)) {
          if (modules.contains(dependent) && !placed.contains(dependent) && !onStack.contains(dependent)) {
            waiting = dependent;
            break;
          }
        }
        if (waiting != null) {
          stack.push(waiting);
          onStack.add(waiting);
        } else {
          stack.pop();
          onStack.remove(module);
          placed.add(module);
          order.add(module);
        }
      }
    }
    return order;
  }

  /** How the admin said it: "`module unload -f chan_sip`", "startup". */
  public static String title(Operation operation) {
    if (operation instanceof Operation.Load load) {
      return "`module load " + load.module() + "`";
    } else if (operation instanceof Operation.Unload unload) {
      return "`module unload " + (unload.force() ? "-f " : "") + unload.module() + "`";
    } else if (operation instanceof Operation.Reload reload) {
      return "`module reload " + reload.module() + "`";
    } else if (operation instanceof Operation.Startup) {
      return "startup";
    } else if (operation instanceof Operation.Shutdown shutdown) {
      return "`core stop " + (shutdown.graceful() ? "gracefully" : "now") + "`";
    } else if (operation instanceof Operation.LoadDialplan) {
      return "`dialplan reload`";
    } else if (operation instanceof Operation.Stop stop) {
      return "the deferred stop of " + stop.module();
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  /** The module an operation is about, or {@link #LOADER}. */
  public static ModuleName subject(Operation operation) {
    if (operation instanceof Operation.Load load) {
      return load.module();
    } else if (operation instanceof Operation.Unload unload) {
      return unload.module();
    } else if (operation instanceof Operation.Reload reload) {
      return reload.module();
    } else if (operation instanceof Operation.Stop stop) {
      return stop.module();
    }
    return LOADER;
  }
}
