package org.loaderlab.engine.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;

/**
 * Starts and stops instances: the steps that run module code ({@code load_module},
 * {@code unload_module}, the {@code [canuse]} callbacks). Each changes state under the lock in
 * short regions and calls module code between them, never under it.
 *
 * <p>Stopping is one sequence: InstanceStopping, {@code canUseLeaving} to the running modules
 * that can use it, its registrations removed, {@code unload_module}, its holds on its
 * dependencies dropped, InstanceStopped, its own hold on its lib dropped. It cannot fail.
 */
final class InstanceSteps {

  /** Tell {@code listener} that {@code provider} arrived or is leaving. */
  private record Notice(ModuleName listener, ModuleName provider) {}

  private record Started(ModuleCode code, EngineContext context) {}

  /** What {@link #beginCancel} answers for a callback of the core's (a channel's): it runs with no hold. */
  private static final Holder CORE_CALLBACK = new Holder(HolderKind.EXECUTION, "core");

  private final EngineState state;
  private final LifecycleEngine engine;

  InstanceSteps(EngineState state, LifecycleEngine engine) {
    this.state = state;
    this.engine = engine;
  }

  Optional<Execution.Failure> start(Execution execution, PlanStep step) {
    ModuleName module = step.module();
    CatalogEntry entry = execution.facts.catalog().find(module).orElseThrow();
    Object prepared = state.locked(() -> prepareStart(execution, entry, step));
    if (prepared instanceof Execution.Failure failure) {
      return Optional.of(failure);
    }
    if (!(prepared instanceof Started started)) {
      return Optional.empty();
    }
    LoadResult result = null;
    String why;
    try {
      state.requireUnlocked("load_module");
      result = started.code().load(started.context());
      why = result == LoadResult.DECLINE ? "load_module declined" : "load_module failed";
    } catch (RuntimeException e) {
      why = "load_module threw " + StepExecutor.describe(e);
    }
    if (result == LoadResult.SUCCESS) {
      List<Notice> notices = state.locked(() -> running(entry.name(), step));
      notify(notices, true);
      return Optional.empty();
    }
    String failed = why;
    state.locked(() -> fail(entry.name(), failed));
    return Optional.of(new Execution.Failure(entry.name(), why));
  }

  private Object prepareStart(Execution execution, CatalogEntry entry, PlanStep step) {
    ModuleRecord record = state.record(entry.name());
    if (record.instance.phase == Instance.Phase.RUNNING) {
      state.journal.note("skipped: " + record.name + " is already running");
      return null;
    }
    if (!record.lib.isOpen()) {
      return new Execution.Failure(record.name, "its lib is not open");
    }
    for (ModuleRecord dependency : record.instance.dependencies.records()) {
      if (!dependency.instance.isRunning()) {
        return new Execution.Failure(record.name, "it needs " + dependency.name + ", which is not running");
      }
    }
    Instance instance = record.instance;
    instance.phase = Instance.Phase.STARTING;
    instance.incarnation++;
    instance.manifest = entry.manifest();
    instance.code = record.lib.linked.code();
    instance.context = new EngineContext(engine, record.name, instance.incarnation);
    execution.touched(record);
    state.emit(sequence -> new LifecycleEvent.InstanceStarting(sequence, record.name));
    state.holdLib(record, record.ownInstance, "its instance holds it until it stops");
    return new Started(instance.code, instance.context);
  }

  private List<Notice> running(ModuleName module, PlanStep step) {
    ModuleRecord record = state.record(module);
    record.instance.phase = Instance.Phase.RUNNING;
    state.emit(sequence -> new LifecycleEvent.InstanceRunning(sequence, record.name));
    if (state.journal.accepting()) {
      state.journal.note(record.name + " started because " + step.because());
    }
    List<Notice> notices = new ArrayList<>();
    for (ModuleName provider : state.canUse.providersFor(record.name, record.instance.manifest)) {
      notices.add(new Notice(record.name, provider));
    }
    for (ModuleName listener : state.canUse.listenersOf(record.name, record.instance.manifest)) {
      notices.add(new Notice(listener, record.name));
    }
    state.canUse.add(record.name, record.instance.manifest);
    return notices;
  }

  /** load_module did not succeed: take back what the start took; the operation re-plans the rest. */
  private void fail(ModuleName module, String why) {
    ModuleRecord record = state.record(module);
    for (EngineRegistration registration : new ArrayList<>(record.registrations.values())) {
      state.removeRegistration(record, registration, record.name + " failed to start");
    }
    state.releaseLib(record, record.ownInstance, "its instance failed to start");
    // After its own registrations and hold are gone; its holds on dependencies and its lib go
    // in the re-planned steps that follow, announced by their own PlanDecided.
    state.emit(sequence -> new LifecycleEvent.InstanceFailed(sequence, record.name, why));
    Instance instance = record.instance;
    instance.phase = Instance.Phase.FAILED;
    instance.manifest = null;
    instance.code = null;
    instance.context = null;
  }

  void stop(Execution execution, PlanStep step) {
    ModuleName module = step.module();
    List<Notice> notices = state.locked(() -> {
      ModuleRecord record = state.record(module);
      if (!record.instance.isRunning() || !record.instance.holders.isEmpty()) {
        state.journal.note("skipped: " + record.name + " did not stop: it is " + record.instance.phase + ", held by "
            + record.instance.holders.holders());
        return null;
      }
      record.instance.phase = Instance.Phase.STOPPING;
      state.emit(sequence -> new LifecycleEvent.InstanceStopping(sequence, record.name, step.because()));
      state.canUse.remove(record.name, record.instance.manifest);
      List<Notice> leaving = new ArrayList<>();
      for (ModuleName listener : state.canUse.listenersOf(record.name, record.instance.manifest)) {
        leaving.add(new Notice(listener, record.name));
      }
      return leaving;
    });
    if (notices == null) {
      return;
    }
    notify(notices, false);
    Started running = state.locked(() -> {
      ModuleRecord record = state.record(module);
      for (EngineRegistration registration : new ArrayList<>(record.registrations.values())) {
        state.removeRegistration(record, registration, record.name + " is stopping");
      }
      return new Started(record.instance.code, record.instance.context);
    });
    String problem = null;
    try {
      state.requireUnlocked("unload_module");
      running.code().unload(running.context());
    } catch (RuntimeException e) {
      problem = StepExecutor.describe(e);
    }
    String unloadProblem = problem;
    state.locked(() -> stopped(execution, module, step, unloadProblem));
  }

  private void stopped(Execution execution, ModuleName module, PlanStep step, String unloadProblem) {
    ModuleRecord record = state.record(module);
    Holder self = record.asDependent;
    for (ModuleRecord used : record.instance.dependencies.records()) {
      if (used.instance.holders.contains(self)) {
        state.releaseInstance(used, self, record.name + " stopped");
        execution.released(used.name, self);
        if (used.instance.holders.isEmpty()) {
          execution.unheld(used);
        }
      }
    }
    record.instance.dependencies.clear();
    state.emit(sequence -> new LifecycleEvent.InstanceStopped(sequence, record.name));
    Instance instance = record.instance;
    instance.phase = Instance.Phase.NOT_RUNNING;
    instance.draining = false;
    instance.manifest = null;
    instance.code = null;
    instance.context = null;
    // Every user has gone (the instance stops only unheld), and each took its lib hold with it.
    assert instance.cancels.isEmpty() : "users left on " + record.name + ": " + instance.cancels.keySet();
    instance.cancels.clear();
    state.releaseLib(record, record.ownInstance, "its instance stopped");
    if (record.lib.isClosable()) {
      execution.unheld(record);
    }
    ModuleName name = record.name;
    state.journal.notRunning(name, () -> name + " stopped because " + step.because()
        + (unloadProblem == null ? "" : "; its unload_module threw " + unloadProblem + ", and stopping went on"));
  }

  private void notify(List<Notice> notices, boolean arrived) {
    for (Notice notice : notices) {
      Started listener = state.locked(() -> {
        ModuleRecord record = state.record(notice.listener());
        if (!record.instance.isRunning()) {
          return null;
        }
        state.emit(sequence -> new LifecycleEvent.CanUseNotified(sequence, record.name, notice.provider(), arrived));
        return new Started(record.instance.code, record.instance.context);
      });
      if (listener == null) {
        continue;
      }
      try {
        state.requireUnlocked("a [canuse] callback");
        if (arrived) {
          listener.code().canUseArrived(notice.provider(), listener.context());
        } else {
          listener.code().canUseLeaving(notice.provider(), listener.context());
        }
      } catch (RuntimeException e) {
        state.locked(() -> state.journal.note("the [canuse] callback of " + notice.listener() + " about "
            + notice.provider() + " threw " + StepExecutor.describe(e)));
      }
    }
  }

  /**
   * Runs a user's cancel callback as a runtime task, with no lock held, if the user still holds
   * the module then: a user that released meanwhile is not called back, its callback's lib may be
   * gone. A callback in a module's code runs under an execution hold on that lib, so releasing
   * the user from inside the callback cannot close the lib under the rest of it.
   */
  void runCancel(ModuleName module, Holder user, TakenUser taken) {
    Holder call = state.locked(() -> beginCancel(module, user, taken));
    if (call == null) {
      return;
    }
    try {
      state.requireUnlocked("a cancel callback");
      taken.cancel.run();
    } catch (RuntimeException e) {
      state.locked(() -> state.journal.note("the cancel callback of " + user + " on " + module + " threw "
          + StepExecutor.describe(e)));
    } finally {
      if (taken.creator != null) {
        state.locked(() -> {
          state.releaseLib(taken.creator, call, "the cancel callback returned");
          engine.settleIfUnheld(taken.creator, "its last holder " + call + " returned");
        });
      }
    }
  }

  /** Under the lock: the hold the callback runs under, {@link #CORE_CALLBACK} if none, or null to skip it. */
  private Holder beginCancel(ModuleName module, Holder user, TakenUser taken) {
    ModuleRecord record = state.record(module);
    if (record.instance.cancels.get(user) != taken) {
      state.journal.note("skipped: the cancel callback of " + user + " on " + record.name + ": the user released it first");
      return null;
    }
    if (taken.creator == null) {
      return CORE_CALLBACK;
    }
    assert taken.creator.lib.holders.contains(taken.creatorHold) : "an outstanding user holds its creator's lib";
    Holder call = new Holder(HolderKind.EXECUTION, "cancel:" + taken.creatorHold.id() + "#" + (++state.callCount));
    state.holdLib(taken.creator, call, "the cancel callback of " + user + " on " + record.name + " is running");
    return call;
  }

  static Holder ownInstance(ModuleName module) {
    return new Holder(HolderKind.OWN_INSTANCE, module.toString());
  }
}
