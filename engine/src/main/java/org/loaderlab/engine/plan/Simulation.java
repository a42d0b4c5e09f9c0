package org.loaderlab.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * A scratch copy of the holders of the modules a plan touches, on which the planner plays its
 * steps to learn what follows: which instances lose their last holder and stop, which libs then
 * close, and who is still waited for. The engine applies the same rules to its real state, step
 * by step, so the plan it prints is the plan it runs.
 *
 * <p>The rules: an instance stops when no holder holds it; stopping drops its registrations'
 * and its own hold on its lib and its dependent holds on its dependencies' instances; a lib
 * closes when nothing holds it and it is not blocked, and closing drops its holds on its
 * dependencies' libs. Cascades run on a FIFO worklist, a lib's close right after its stop.
 * A user that a module's code took holds that module's lib ({@code USER_CALLBACK}) until it is
 * released, which no plan step does: stopping that module leaves its lib open.
 */
final class Simulation {

  private static final class Module {
    boolean running;
    boolean libOpen;
    boolean blocked;
    // Shared with the snapshot until changed: a shutdown plays every module of the catalog.
    ScratchSet<Holder> instanceHolders;
    ScratchSet<Holder> libHolders;
    // A module needs a few others: these small sets are shared with the snapshot and replaced,
    // not copied into trees, when they change.
    SortedArraySet<ModuleName> instanceDependencies = SortedArraySet.of();
    SortedArraySet<ModuleName> libDependencies = SortedArraySet.of();
  }

  private record Work(boolean stop, ModuleName module, Cause cause) {}

  private final StateSnapshot state;
  /** Looked up only, never iterated. */
  private final Map<ModuleName, Module> modules = new HashMap<>();
  private final List<PlanStep> steps = new ArrayList<>();
  private final Deque<Work> work = new ArrayDeque<>();
  /** Looked up only; {@link #waiting} sorts {@link #expectedOrder}. */
  private final Set<ModuleName> expected = new HashSet<>();
  private final List<ModuleName> expectedOrder = new ArrayList<>();

  Simulation(StateSnapshot state) {
    this.state = state;
  }

  private Module module(ModuleName name) {
    // get, then put: a lambda capturing this would be made anew on each of millions of calls.
    Module found = modules.get(name);
    if (found == null) {
      found = copy(state.module(name));
      modules.put(name, found);
    }
    return found;
  }

  private static Module copy(ModuleSnapshot snapshot) {
    Module copy = new Module();
    copy.running = snapshot.running();
    copy.libOpen = snapshot.libOpen();
    copy.blocked = snapshot.unloadBlocked();
    copy.instanceHolders = ScratchSet.of(snapshot.instanceHolders());
    copy.libHolders = ScratchSet.of(snapshot.libHolders());
    copy.instanceDependencies = SortedArraySet.copyOf(snapshot.instanceDependencies());
    copy.libDependencies = SortedArraySet.copyOf(snapshot.libDependencies());
    return copy;
  }

  boolean isRunning(ModuleName name) {
    return module(name).running;
  }

  /** The holders in order, as they are now: the caller may iterate them while the simulation changes. */
  Collection<Holder> instanceHolders(ModuleName name) {
    return module(name).instanceHolders.elements();
  }

  /** The operation means {@code name} to stop: if it does not, the plan says who it waits for. */
  void expectStop(ModuleName name) {
    if (expected.add(name)) {
      expectedOrder.add(name);
    }
  }

  /** {@code holder} lets go of {@code name}'s instance; a DEPENDENT's lib hold ends only when its lib closes. */
  void release(ModuleName name, Holder holder, Cause cause, boolean cascade) {
    steps.add(new PlanStep.Release(name, holder, cause.render()));
    dropInstanceHolder(name, holder);
    if (cascade) {
      if (stops(module(name))) {
        settleInstance(name, cause.then("its last user " + display(holder) + " released it"));
      }
      drain();
    }
  }

  /** Asks {@code holder} to go away; the dialplan, which the engine owns, lets go at once. */
  void cancel(ModuleName name, Holder holder, Cause cause) {
    steps.add(new PlanStep.CancelUser(name, holder, cause.render()));
    if (holder.kind() == HolderKind.DIALPLAN) {
      dropInstanceHolder(name, holder);
      if (stops(module(name))) {
        settleInstance(name, cause.then("its last user " + display(holder) + " was cancelled"));
      }
      drain();
    }
  }

  private void dropInstanceHolder(ModuleName name, Holder holder) {
    dropInstanceHolder(name, holder, holder.kind() == HolderKind.DEPENDENT ? module(ModuleName.of(holder.id())) : null);
  }

  /** {@code dependent} is the module a DEPENDENT holder names, null for any other holder. */
  private void dropInstanceHolder(ModuleName name, Holder holder, Module dependent) {
    boolean held = module(name).instanceHolders.remove(holder);
    assert held : holder + " does not hold " + name;
    if (dependent != null) {
      dependent.instanceDependencies = dependent.instanceDependencies.without(name);
    }
  }

  /** Replays a step the engine will run anyway (after a failure, the rest of a startup). */
  void replay(PlanStep step) {
    steps.add(step);
    Module target = module(step.module());
    if (step instanceof PlanStep.OpenLib) {
      target.libOpen = true;
    } else if (step instanceof PlanStep.StartInstance) {
      target.running = true;
      target.libHolders.add(new Holder(HolderKind.OWN_INSTANCE, step.module().toString()));
    } else if (step instanceof PlanStep.Hold hold) {
      hold(step.module(), hold.holder());
    } else {
      throw new IllegalArgumentException("only opens, starts and holds are replayed, not " + step);
    }
  }

  private void hold(ModuleName name, Holder holder) {
    module(name).instanceHolders.add(holder);
    if (holder.kind() == HolderKind.DEPENDENT) {
      ModuleName dependent = ModuleName.of(holder.id());
      Module user = module(dependent);
      user.instanceDependencies = user.instanceDependencies.with(name);
      if (module(dependent).libOpen && module(name).libOpen) {
        module(name).libHolders.add(holder);
        user.libDependencies = user.libDependencies.with(name);
      }
    }
  }

  /** Stops {@code name} if nothing holds it, and closes its lib if nothing holds that. */
  void settle(ModuleName name, Cause cause) {
    settleInstance(name, cause);
    settleLib(name, cause);
    drain();
  }

  private void settleInstance(ModuleName name, Cause cause) {
    if (stops(module(name))) {
      work.add(new Work(true, name, cause));
    }
  }

  private void settleLib(ModuleName name, Cause cause) {
    if (closes(module(name))) {
      work.addFirst(new Work(false, name, cause));
    }
  }

  /** Nothing holds the running instance: it stops. Callers ask first, so a cause is built only when used. */
  private static boolean stops(Module module) {
    return module.running && module.instanceHolders.isEmpty();
  }

  /** Nothing holds the open lib of a stopped instance, and it is not blocked: it closes. */
  private static boolean closes(Module module) {
    return module.libOpen && !module.running && module.libHolders.isEmpty() && !module.blocked;
  }

  private void drain() {
    while (!work.isEmpty()) {
      Work next = work.poll();
      if (next.stop()) {
        stop(next.module(), next.cause());
      } else {
        close(next.module(), next.cause());
      }
    }
  }

  private void stop(ModuleName name, Cause cause) {
    Module module = module(name);
    if (!module.running || !module.instanceHolders.isEmpty()) {
      return;
    }
    steps.add(new PlanStep.StopInstance(name, cause.render()));
    module.running = false;
    Cause stopped = cause.then(name + " stopped");
    Holder self = new Holder(HolderKind.DEPENDENT, name.toString());
    // The set is never changed in place, so it can be walked while holds are dropped.
    for (ModuleName dependency : module.instanceDependencies) {
      dropInstanceHolder(dependency, self, module);
      if (stops(module(dependency))) {
        settleInstance(dependency, stopped.then("its last user " + name + " released it"));
      }
    }
    module.libHolders.removeIf(h -> h.kind() == HolderKind.REGISTRATION || h.kind() == HolderKind.OWN_INSTANCE);
    if (closes(module)) {
      settleLib(name, stopped.then("nothing holds its lib any more"));
    }
  }

  private void close(ModuleName name, Cause cause) {
    Module module = module(name);
    if (!module.libOpen || module.running || !module.libHolders.isEmpty() || module.blocked) {
      return;
    }
    steps.add(new PlanStep.CloseLib(name, cause.render()));
    module.libOpen = false;
    Holder self = new Holder(HolderKind.DEPENDENT, name.toString());
    for (ModuleName dependency : module.libDependencies) {
      Module used = module(dependency);
      used.libHolders.remove(self);
      if (closes(used)) {
        settleLib(dependency, cause.then(name + "'s lib closed"));
      }
    }
    module.libDependencies = SortedArraySet.of();
  }

  List<PlanStep> steps() {
    return List.copyOf(steps);
  }

  /**
   * "chan_sip waits for channel:SIP/alice-0001", for each expected stop that did not happen; and
   * "res_u's lib waits for user_callback:res_t/user:res_u" for each expected module that stops
   * but whose lib stays open because users its code took are still out (their cancel and release
   * are code in that lib).
   */
  List<String> waiting() {
    List<String> waiting = new ArrayList<>();
    List<ModuleName> sorted = new ArrayList<>(expectedOrder);
    sorted.sort(null);
    for (ModuleName name : sorted) {
      Module module = module(name);
      if (module.running) {
        waiting.add(name + " waits for " + module.instanceHolders.elements().stream().map(Holder::toString)
            .collect(Collectors.joining(", ")));
      } else if (module.libOpen && !module.blocked) {
        String users = module.libHolders.elements().stream().filter(h -> h.kind() == HolderKind.USER_CALLBACK)
            .map(Holder::toString).collect(Collectors.joining(", "));
        if (!users.isEmpty()) {
          waiting.add(name + "'s lib waits for " + users);
        }
      }
    }
    return waiting;
  }

  /** How a holder is named in a cause: a dependent by its module name, anything else in full. */
  static String display(Holder holder) {
    return holder.kind() == HolderKind.DEPENDENT ? holder.id() : holder.toString();
  }
}
