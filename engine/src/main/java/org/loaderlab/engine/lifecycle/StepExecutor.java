package org.loaderlab.engine.lifecycle;

import java.nio.file.Path;
import java.util.Optional;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;

/**
 * Runs one plan step against the real state. Each step first checks, under the lock, that it
 * still applies (a user may have come or gone since the plan was made); a step that no longer
 * applies is skipped and noted, and the operation's end settles whatever that leaves unheld.
 * Opening and closing libs happen here; starting and stopping instances in {@link InstanceSteps}.
 */
final class StepExecutor {

  private final EngineState state;
  private final Linker linker;
  private final InstanceSteps instances;

  StepExecutor(EngineState state, Linker linker, InstanceSteps instances) {
    this.state = state;
    this.linker = linker;
    this.instances = instances;
  }

  /** Runs {@code step}; a failure is returned, never thrown. */
  Optional<Execution.Failure> run(Execution execution, PlanStep step) {
    if (step instanceof PlanStep.OpenLib) {
      return open(execution, step);
    } else if (step instanceof PlanStep.StartInstance) {
      return instances.start(execution, step);
    } else if (step instanceof PlanStep.Hold hold) {
      return hold(execution, hold);
    } else if (step instanceof PlanStep.Release release) {
      release(execution, release);
    } else if (step instanceof PlanStep.CancelUser cancel) {
      cancel(execution, cancel);
    } else if (step instanceof PlanStep.StopInstance) {
      instances.stop(execution, step);
    } else if (step instanceof PlanStep.CloseLib) {
      close(execution, step);
    } else {
      throw new IllegalArgumentException("unknown step " + step);
    }
    return Optional.empty();
  }

  private Optional<Execution.Failure> open(Execution execution, PlanStep step) {
    ModuleName module = step.module();
    boolean closed = state.locked(() -> state.record(module).lib.phase == Lib.Phase.CLOSED);
    if (!closed) {
      skip(step, "its lib is already open");
      return Optional.empty();
    }
    CatalogEntry entry = execution.facts.catalog().find(module).orElseThrow();
    if (entry.binary().isPresent()) {
      Optional<Diagnostic> mismatch = CatalogScanner.verifyChecksum(entry.source(), entry.binary().get());
      if (mismatch.isPresent() && mismatch.get().isError()) {
        return Optional.of(new Execution.Failure(module, mismatch.get().message()));
      }
    }
    LinkedLib linked;
    try {
      state.requireUnlocked("the linker");
      linked = linker.open(entry.name(), entry.binary());
    } catch (LinkException e) {
      return Optional.of(new Execution.Failure(module, "the linker cannot open it: " + e.getMessage()));
    } catch (RuntimeException e) {
      return Optional.of(new Execution.Failure(module, "the linker threw " + describe(e)));
    }
    Optional<Path> binary = entry.binary();
    state.locked(() -> {
      ModuleRecord record = state.record(module);
      record.lib.linked = linked;
      record.lib.phase = Lib.Phase.OPEN;
      execution.touched(record);
      state.emit(sequence -> new LifecycleEvent.LibOpened(sequence, record.name));
      if (state.journal.accepting()) {
        state.journal.note(record.name + "'s lib opened" + (binary.isEmpty() ? " (embedded)" : "") + " because " + step.because());
      }
    });
    return Optional.empty();
  }

  private Optional<Execution.Failure> hold(Execution execution, PlanStep.Hold hold) {
    return state.locked(() -> {
      ModuleRecord record = state.record(hold.module());
      Holder holder = hold.holder();
      if (record.instance.holders.contains(holder)) {
        state.journal.note("skipped: " + holder + " already holds " + record.name);
        return Optional.<Execution.Failure>empty();
      }
      if (!record.instance.isRunning()) {
        if (holder.kind() == HolderKind.DEPENDENT) {
          return Optional.of(new Execution.Failure(ModuleName.of(holder.id()), "it needs " + record.name + ", which is not running"));
        }
        state.journal.note("skipped: " + record.name + " is not running, so " + holder + " cannot hold it");
        return Optional.<Execution.Failure>empty();
      }
      state.holdInstance(record, holder, hold.because());
      execution.took(hold);
      if (holder.kind() == HolderKind.ADMIN) {
        record.instance.draining = false;
      }
      if (holder.kind() == HolderKind.DEPENDENT) {
        ModuleRecord dependent = state.dependentRecord(holder);
        dependent.instance.dependencies.add(record);
        if (dependent.lib.isOpen() && record.lib.isOpen() && !record.lib.holders.contains(holder)) {
          state.holdLib(record, holder, dependent.libUseReason());
          dependent.lib.dependencies.add(record);
        }
      }
      return Optional.<Execution.Failure>empty();
    });
  }

  private void release(Execution execution, PlanStep.Release release) {
    state.locked(() -> {
      ModuleRecord record = state.record(release.module());
      Holder holder = release.holder();
      if (!record.instance.holders.contains(holder)) {
        state.journal.note("skipped: " + holder + " no longer holds " + record.name);
        return;
      }
      dropInstanceHold(execution, record, holder, release.because());
    });
  }

  /** Drops one hold on an instance; under the lock. A dependent's hold on the lib ends with its lib. */
  void dropInstanceHold(Execution execution, ModuleRecord record, Holder holder, String because) {
    state.releaseInstance(record, holder, because);
    execution.released(record.name, holder);
    ModuleRecord creator = state.forgetUser(record, holder);
    if (creator != null && creator.lib.isClosable()) {
      execution.unheld(creator);
    }
    if (holder.kind() == HolderKind.DEPENDENT) {
      state.dependentRecord(holder).instance.dependencies.remove(record.name);
    }
    if (record.instance.holders.isEmpty()) {
      execution.unheld(record);
    }
  }

  private void cancel(Execution execution, PlanStep.CancelUser cancel) {
    state.locked(() -> {
      ModuleRecord record = state.record(cancel.module());
      Holder user = cancel.user();
      if (!record.instance.holders.contains(user)) {
        state.journal.note("skipped: " + user + " no longer holds " + record.name);
        return;
      }
      state.emit(sequence -> new LifecycleEvent.UserCancelled(sequence, record.name, user, cancel.because()));
      if (user.kind() == HolderKind.DIALPLAN) {
        dropInstanceHold(execution, record, user, "the dialplan was cancelled: " + cancel.because());
        return;
      }
      TakenUser taken = record.instance.cancels.get(user);
      if (taken != null && taken.cancelRequested) {
        state.journal.note("skipped: the cancel callback of " + user + " on " + record.name + ": it was already asked to let go");
      } else if (taken != null) {
        taken.cancelRequested = true;
        state.later(() -> instances.runCancel(record.name, user, taken));
      }
    });
  }

  private void close(Execution execution, PlanStep step) {
    LinkedLib linked = state.locked(() -> {
      ModuleRecord record = state.record(step.module());
      if (!record.lib.isClosable() || record.instance.phase == Instance.Phase.RUNNING
          || record.instance.phase == Instance.Phase.STARTING || record.instance.phase == Instance.Phase.STOPPING) {
        state.journal.note("skipped: the lib of " + record.name + " is " + record.lib.phase + ", held by "
            + record.lib.holders.holders() + (record.lib.blocked ? ", blocked" : ""));
        return null;
      }
      return record.lib.beginClose();
    });
    if (linked == null) {
      return;
    }
    String problem = null;
    try {
      state.requireUnlocked("the linker");
      linked.close();
    } catch (RuntimeException e) {
      problem = describe(e);
    }
    String closeProblem = problem;
    state.locked(() -> {
      ModuleRecord record = state.record(step.module());
      record.lib.phase = Lib.Phase.CLOSED;
      record.lib.linked = null;
      state.emit(sequence -> new LifecycleEvent.LibClosed(sequence, record.name));
      Holder self = record.asDependent;
      for (ModuleRecord used : record.lib.dependencies.records()) {
        if (used.lib.holders.contains(self)) {
          state.releaseLib(used, self, "the lib of " + record.name + " closed");
          if (used.lib.isClosable()) {
            execution.unheld(used);
          }
        }
      }
      record.lib.dependencies.clear();
      if (state.journal.accepting() || closeProblem != null) {
        state.journal.note(record.name + "'s lib closed because " + step.because()
            + (closeProblem == null ? "" : " (closing it threw " + closeProblem + ")"));
      }
    });
  }

  private void skip(PlanStep step, String why) {
    state.locked(() -> state.journal.note("skipped: " + step + ": " + why));
  }

  static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
