package org.loaderlab.legacy;

import java.util.ArrayList;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Starting and stopping instances: the steps that run {@code load_module} and
 * {@code unload_module}, with no lock held while they run. A start takes no count itself: the
 * counts on what the module requires were taken by the plan's holds before it. A stop never
 * waits for the channels still counted on the module: they are forgotten, not released.
 */
final class LegacyInstances {

  private final LegacyState state;
  private final ModuleRequests requests;
  private final ModuleLoader loader;
  private final LegacyLibs libs;

  LegacyInstances(LegacyState state, ModuleRequests requests, ModuleLoader loader, LegacyLibs libs) {
    this.state = state;
    this.requests = requests;
    this.loader = loader;
    this.libs = libs;
  }

  void start(LegacyExecution execution, PlanStep step) {
    ModuleName module = step.module();
    LegacyModule starting = state.locked(() -> {
      LegacyModule record = state.module(module);
      if (execution.failed.contains(record.name) || record.isRunning() || record.lib == null) {
        return null;
      }
      record.phase = LegacyModule.Phase.STARTING;
      record.incarnation++;
      record.startOrder = ++state.startCount;
      record.code = record.lib.code();
      record.context = new LegacyContext(requests, loader, record.name);
      state.emit(sequence -> new LifecycleEvent.InstanceStarting(sequence, record.name));
      state.emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.LIB, own(record.name),
          "its instance holds it until it stops"));
      return record;
    });
    if (starting == null) {
      return;
    }
    String why;
    try {
      LoadResult result = state.runModuleCode(() -> starting.code.load(starting.context));
      if (result == LoadResult.SUCCESS) {
        state.locked(() -> {
          starting.phase = LegacyModule.Phase.RUNNING;
          starting.lastFailure = null;
          state.emit(sequence -> new LifecycleEvent.InstanceRunning(sequence, starting.name));
        });
        return;
      }
      why = result == LoadResult.DECLINE ? "load_module declined" : "load_module failed";
    } catch (RuntimeException e) {
      why = "load_module threw " + e.getClass().getSimpleName();
    }
    String failure = why;
    LinkedLib toClose = state.locked(() -> {
      stopped(starting, "its load_module did not succeed");
      state.emit(sequence -> new LifecycleEvent.InstanceFailed(sequence, starting.name, failure));
      starting.phase = LegacyModule.Phase.FAILED;
      starting.lastFailure = failure;
      execution.fail(starting.name, starting.name + " failed to start: " + failure);
      return libs.detach(starting);
    });
    libs.unmap(module, toClose);
    if (state.settings.faults().dlcloseTwiceOnFailure()) {
      libs.unmap(module, toClose); // the caller's cleanup closes the same handle again
    }
  }

  void stop(PlanStep step) {
    LegacyModule stopping = state.locked(() -> {
      LegacyModule record = state.module(step.module());
      if (!record.isRunning()) {
        return null;
      }
      record.phase = LegacyModule.Phase.STOPPING;
      state.emit(sequence -> new LifecycleEvent.InstanceStopping(sequence, record.name, step.because()));
      return record;
    });
    if (stopping == null) {
      return;
    }
    if (state.settings.faults().dlcloseBeforeUnload()) {
      libs.unmap(stopping.name, state.locked(() -> libs.detach(stopping)));
    }
    try {
      state.runModuleCode(() -> {
        stopping.code.unload(stopping.context);
        return null;
      });
    } catch (RuntimeException e) {
      // unload_module cannot refuse in this model; whatever it did not clean up stays behind.
    }
    state.locked(() -> {
      stopped(stopping, stopping.name + " stopped");
      state.emit(sequence -> new LifecycleEvent.InstanceStopped(sequence, stopping.name));
      stopping.phase = LegacyModule.Phase.NOT_RUNNING;
    });
  }

  /**
   * What ends with a run, under the lock: the registrations its unload_module would unregister
   * (unless {@link LegacyFaults#leakRegistrations}), the counts it took on what it requires, its
   * instance's hold on its lib. Channels still counted on it are forgotten, not released.
   */
  private void stopped(LegacyModule record, String because) {
    if (!state.settings.faults().leakRegistrations()) {
      requests.removeAll(record.name);
    }
    dropDependencies(record, because);
    state.emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.LIB, own(record.name),
        "its instance stopped"));
    record.reset();
  }

  /** {@code module_deps_unreference}: gives back the counts {@code record} took; a stale one changes nothing. */
  void dropDependencies(LegacyModule record, String because) {
    Holder self = new Holder(HolderKind.DEPENDENT, record.name.toString());
    for (LegacyModule.CountedRef ref : new ArrayList<>(record.dependencies)) {
      LegacyModule used = state.module(ref.module());
      if (used.epoch == ref.epoch() && used.useCount > 0) {
        used.useCount--;
      }
      state.emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, used.name, RefTarget.INSTANCE, self, because));
    }
    record.dependencies.clear();
  }

  static Holder own(ModuleName module) {
    return new Holder(HolderKind.OWN_INSTANCE, module.toString());
  }
}
