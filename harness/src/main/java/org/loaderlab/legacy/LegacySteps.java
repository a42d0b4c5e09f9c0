package org.loaderlab.legacy;

import java.util.Optional;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;

/**
 * Runs one plan step as today's loader would: no step waits for anything. Opening a binary,
 * counting a dependent on what it requires, the admin's trace-only holds and the soft hangups
 * are here; starts and stops in {@link LegacyInstances}, closes in {@link LegacyLibs}. A step of
 * a module this operation gave up on is skipped. Module code and the linker run with no lock held.
 */
final class LegacySteps {

  private final LegacyState state;
  private final LegacyLibs libs;
  private final LegacyInstances instances;

  LegacySteps(LegacyState state, ModuleRequests requests, ModuleLoader loader) {
    this.state = state;
    this.libs = new LegacyLibs(state);
    this.instances = new LegacyInstances(state, requests, loader, libs);
  }

  void run(LegacyExecution execution, PlanStep step) {
    if (step instanceof PlanStep.OpenLib) {
      open(execution, step);
    } else if (step instanceof PlanStep.Hold hold) {
      hold(execution, hold);
    } else if (step instanceof PlanStep.StartInstance) {
      instances.start(execution, step);
    } else if (step instanceof PlanStep.Release release) {
      release(release);
    } else if (step instanceof PlanStep.CancelUser cancel) {
      cancel(cancel);
    } else if (step instanceof PlanStep.StopInstance) {
      instances.stop(step);
    } else if (step instanceof PlanStep.CloseLib) {
      libs.close(step.module());
    } else {
      throw new IllegalArgumentException("unknown step " + step);
    }
  }

  private void open(LegacyExecution execution, PlanStep step) {
    ModuleName module = step.module();
    boolean skip = state.locked(() -> execution.failed.contains(module) || state.module(module).lib != null);
    if (skip) {
      return;
    }
    // The folder as scanned now: a binary removed since the plan was made is simply not there.
    Optional<CatalogEntry> entry = state.locked(() -> state.catalog.find(module));
    if (entry.isEmpty()) {
      giveUp(execution, module, module + " cannot load: it is not installed");
      return;
    }
    if (!state.settings.faults().skipChecksum() && entry.get().binary().isPresent()) {
      Optional<Diagnostic> mismatch = CatalogScanner.verifyChecksum(entry.get().source(), entry.get().binary().get());
      if (mismatch.isPresent() && mismatch.get().isError()) {
        giveUp(execution, module, module + " cannot load: " + mismatch.get().message());
        return;
      }
    }
    LinkedLib linked;
    try {
      linked = state.settings.linker().open(entry.get().name(), entry.get().binary());
    } catch (LinkException | RuntimeException e) {
      giveUp(execution, module, module + " cannot load: the linker cannot open it: " + e.getMessage());
      return;
    }
    state.locked(() -> {
      LegacyModule record = state.module(module);
      record.lib = linked;
      record.embedded = entry.get().isEmbedded();
      state.emit(sequence -> new LifecycleEvent.LibOpened(sequence, record.name));
    });
  }

  private void hold(LegacyExecution execution, PlanStep.Hold hold) {
    Holder holder = hold.holder();
    if (holder.kind() != HolderKind.DEPENDENT) {
      state.locked(() -> {
        LegacyModule record = state.module(hold.module());
        if (record.isRunning() && !record.traceOnlyHolds.contains(holder)) {
          record.traceOnlyHolds.add(holder);
          state.emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.INSTANCE, holder,
              hold.because()));
        }
      });
      return;
    }
    ModuleName dependent = ModuleName.of(holder.id());
    boolean counted = state.locked(() -> {
      if (execution.failed.contains(dependent)) {
        return true;
      }
      LegacyModule record = state.module(hold.module());
      // The dependency's binary is open: on a cycle, that is all today's loader asks, running or not.
      if (execution.failed.contains(record.name) || record.lib == null) {
        return false;
      }
      record.useCount++;
      state.module(dependent).dependencies.add(new LegacyModule.CountedRef(record.name, record.epoch));
      state.emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.INSTANCE, holder,
          hold.because()));
      return true;
    });
    if (!counted) {
      giveUp(execution, dependent, dependent + " cannot load: it requires " + hold.module() + ", which did not load");
    }
  }

  private void release(PlanStep.Release release) {
    Holder holder = release.holder();
    state.locked(() -> {
      LegacyModule record = state.module(release.module());
      if (holder.equals(ModuleRequests.KEEP_UNTIL_SHUTDOWN)) {
        if (record.blocked) {
          record.blocked = false;
          record.useCount--;
          state.emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.LIB, holder,
              release.because()));
        }
      } else if (record.traceOnlyHolds.remove(holder)) {
        state.emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.INSTANCE, holder,
            release.because()));
      }
    });
  }

  /** {@code ast_softhangup}: asks, and goes on at once; the callback runs as its own task. */
  private void cancel(PlanStep.CancelUser cancel) {
    state.locked(() -> {
      LegacyModule record = state.module(cancel.module());
      for (LegacyModule.User user : record.users) {
        if (user.holder().equals(cancel.user())) {
          state.emit(sequence -> new LifecycleEvent.UserCancelled(sequence, record.name, user.holder(), cancel.because()));
          state.later(() -> runCancel(user));
          return;
        }
      }
    });
  }

  private static void runCancel(LegacyModule.User user) {
    try {
      user.cancel().run();
    } catch (RuntimeException e) {
      // A channel's hangup that throws is the channel's problem; the unload has gone on already.
    }
  }

  /** Gives up on {@code module} for this operation; its binary, if opened, is closed again. */
  private void giveUp(LegacyExecution execution, ModuleName module, String reason) {
    LinkedLib toClose = state.locked(() -> {
      LegacyModule record = state.module(module);
      execution.fail(record.name, reason);
      record.lastFailure = reason;
      state.emit(sequence -> new LifecycleEvent.LoadRefused(sequence, record.name, reason));
      if (record.isRunning()) {
        return null;
      }
      instances.dropDependencies(record, record.name + " did not load");
      return libs.detach(record);
    });
    libs.unmap(module, toClose);
  }


}
