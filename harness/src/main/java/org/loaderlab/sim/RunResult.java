package org.loaderlab.sim;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How one {@code run} of the simulation ended, and what it left behind: the tasks still alive
 * and the exceptions task steps threw. A hang is a result, never an exception or a spin: the
 * harness turns it into a violation that names the step and the tasks.
 *
 * @param firstStepIndex the index of the run's first step
 * @param stepIndex the index of the next step, the one not run: {@code stepCount()} steps ran
 * @param nowMs the virtual clock when the run ended
 * @param aliveTasks the tasks not done, in creation order; empty when {@link Kind#QUIESCENT}
 * @param failures what task steps threw during this run, in step order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunResult(
    Kind kind, long firstStepIndex, long stepIndex, long nowMs, List<AliveTask> aliveTasks, List<TaskFailure> failures) {

  /** Why the run ended. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** Every task is done. */
    QUIESCENT,
    /** The caller's stop condition held. */
    STOPPED,
    /** The step budget ({@code stepsMax}) ran out while tasks could still run: a livelock or a runaway. */
    HANG,
    /** No task can run again: none sleeps, and every one left waits on a condition that stays false (a deadlock). */
    BLOCKED
  }

  /**
   * A task that had not ended when the run did.
   *
   * @param detail where it was: "ready", "sleeping until 120 ms", "waiting for future of load x"
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record AliveTask(String name, TaskState state, String detail) {
    public AliveTask {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** An exception thrown by a task's step (or by the condition it waited on); the task ended there. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record TaskFailure(long stepIndex, String taskName, Throwable error) {
    public TaskFailure {
      Objects.requireNonNull(taskName, "taskName");
      Objects.requireNonNull(error, "error");
    }

    /** {@code step 12: engine#7 threw java.lang.IllegalStateException: boom}. */
    public String describe() {
      return "step " + stepIndex + ": " + taskName + " threw " + error;
    }
  }

  public RunResult {
    Objects.requireNonNull(kind, "kind");
    aliveTasks = List.copyOf(aliveTasks);
    failures = List.copyOf(failures);
    if (stepIndex < firstStepIndex) {
      throw new IllegalArgumentException("stepIndex " + stepIndex + " is before firstStepIndex " + firstStepIndex);
    }
    if (kind == Kind.QUIESCENT && !aliveTasks.isEmpty()) {
      throw new IllegalArgumentException("a quiescent run has no task alive, had " + aliveTasks);
    }
  }

  /** The steps this run took. */
  public long stepCount() {
    return stepIndex - firstStepIndex;
  }

  /** True for a hang of either kind: the budget ran out, or the tasks left are blocked forever. */
  public boolean isHang() {
    return kind == Kind.HANG || kind == Kind.BLOCKED;
  }

  /** One line per fact, stable across replays of the same tape: for traces and reports. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(kind.name().toLowerCase(java.util.Locale.ROOT)).append(" at step ").append(stepIndex)
        .append(", ").append(nowMs).append(" ms, after ").append(stepCount()).append(" steps\n");
    for (AliveTask task : aliveTasks) {
      text.append("  alive: ").append(task.name()).append(' ').append(task.detail()).append('\n');
    }
    for (TaskFailure failure : failures) {
      text.append("  failure: ").append(failure.describe()).append('\n');
    }
    return text.toString();
  }
}
