package org.loaderlab.engine.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.DialplanUse;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Plans what lets go: unload (plain and forced), shutdown, a deferred stop, and the dialplan's
 * swap. Each releases or cancels holders on a {@link Simulation} and lets the cascade say what
 * stops and closes.
 */
final class StopPlanner {

  private StopPlanner() {}

  static Plan unload(Operation.Unload unload, StateSnapshot state) {
    ModuleName target = unload.module();
    if (!state.isRunning(target)) {
      return new Plan(unload, List.of(), List.of(new Refusal(target, target + " cannot unload: it is not running")),
          List.of());
    }
    Cause root = Cause.root("the admin ran " + Planner.title(unload));
    Simulation simulation = new Simulation(state);
    if (!unload.force()) {
      simulation.expectStop(target);
      for (Holder holder : simulation.instanceHolders(target)) {
        if (holder.kind() == HolderKind.ADMIN) {
          simulation.release(target, holder, root, true);
        }
      }
      return new Plan(unload, simulation.steps(), List.of(), simulation.waiting());
    }
    Map<ModuleName, Cause> firm = new LinkedHashMap<>();
    Deque<ModuleName> work = new ArrayDeque<>();
    firm.put(target, root);
    work.add(target);
    while (!work.isEmpty()) {
      ModuleName module = work.poll();
      simulation.expectStop(module);
      if (!simulation.isRunning(module)) {
        continue;
      }
      Cause cause = firm.get(module);
      for (Holder holder : simulation.instanceHolders(module)) {
        if (holder.kind() == HolderKind.DEPENDENT) {
          ModuleName dependent = ModuleName.of(holder.id());
          if (!firm.containsKey(dependent)) {
            firm.put(dependent, cause.then(dependent + " needs " + module + ", which is firmly unloaded"));
            work.add(dependent);
          }
        }
      }
      cancelUsers(simulation, module, cause, true, true);
    }
    return new Plan(unload, simulation.steps(), List.of(), simulation.waiting());
  }

  /**
   * Releases the admin's holds and cancels the other users of {@code module}: the dialplan lets
   * go at once, channels and users are asked to, a dependent is told it is being firmly unloaded
   * (its own stop releases the hold). Calls in progress cannot be cancelled: they are waited for.
   */
  private static void cancelUsers(Simulation simulation, ModuleName module, Cause cause, boolean cancelChannels,
      boolean tellDependents) {
    for (Holder holder : simulation.instanceHolders(module)) {
      if (!simulation.isRunning(module)) {
        return;
      }
      switch (holder.kind()) {
        case ADMIN:
          simulation.release(module, holder, cause, true);
          break;
        case DIALPLAN:
          simulation.cancel(module, holder, cause);
          break;
        case DEPENDENT:
          if (tellDependents) {
            simulation.cancel(module, holder, cause.then(holder.id() + " is firmly unloaded"));
          }
          break;
        case CHANNEL:
        case USER:
          if (cancelChannels) {
            simulation.cancel(module, holder, cause);
          }
          break;
        default:
          break;
      }
    }
  }

  static Plan shutdown(Operation.Shutdown shutdown, StateSnapshot state) {
    Cause root = Cause.root("the admin ran " + Planner.title(shutdown));
    Simulation simulation = new Simulation(state);
    for (ModuleSnapshot module : state.modules().values()) {
      if (module.running()) {
        simulation.expectStop(module.name());
      }
    }
    for (ModuleSnapshot module : state.modules().values()) {
      if (simulation.isRunning(module.name())) {
        cancelUsers(simulation, module.name(), root, !shutdown.graceful(), false);
      }
    }
    for (ModuleSnapshot module : state.modules().values()) {
      simulation.settle(module.name(), root);
    }
    return new Plan(shutdown, simulation.steps(), List.of(), simulation.waiting());
  }

  static Plan stop(Operation.Stop stop, StateSnapshot state) {
    Simulation simulation = new Simulation(state);
    simulation.settle(stop.module(), Cause.root(stop.because()));
    return new Plan(stop, simulation.steps(), List.of(), List.of());
  }

  /**
   * The new dialplan holds every running provider of what it uses, then the old holds it no
   * longer needs are dropped (which may stop modules). A module being unloaded by force is not
   * held again.
   */
  static Plan dialplan(Operation.LoadDialplan load, StateSnapshot state) {
    Dialplan dialplan = load.dialplan();
    Map<ModuleName, DialplanUse> wanted = new TreeMap<>();
    for (ModuleSnapshot module : state.modules().values()) {
      if (module.running() && !module.draining()) {
        StartPlanner.dialplanUse(dialplan, module.runningManifest().orElseThrow())
            .ifPresent(use -> wanted.put(module.name(), use));
      }
    }
    Set<ModuleName> held = new TreeSet<>();
    for (ModuleSnapshot module : state.modules().values()) {
      if (module.instanceHolders().contains(StartPlanner.DIALPLAN)) {
        held.add(module.name());
      }
    }
    Simulation simulation = new Simulation(state);
    for (Map.Entry<ModuleName, DialplanUse> entry : wanted.entrySet()) {
      if (!held.contains(entry.getKey())) {
        PlanStep.Hold hold = new PlanStep.Hold(entry.getKey(), StartPlanner.DIALPLAN, "the dialplan uses " + entry.getValue());
        simulation.replay(hold);
      }
    }
    Cause root = Cause.root("the admin ran " + Planner.title(load));
    for (ModuleName module : held) {
      if (!wanted.containsKey(module)) {
        simulation.release(module, StartPlanner.DIALPLAN, root.then("the new dialplan does not use " + module), true);
      }
    }
    return new Plan(load, simulation.steps(), List.of(), List.of());
  }
}
