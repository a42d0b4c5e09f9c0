package org.loaderlab.sim;

import java.util.List;

/**
 * Runs one step of a task and applies what it asked for ({@link Step}); asks a waiting task's
 * condition. A throw ends the task and becomes a {@link RunResult.TaskFailure} with the step
 * index, never an exception out of the run: the harness judges whether it is a violation.
 */
final class TaskSteps {

  private TaskSteps() {}

  /** Runs {@code task}'s step number {@code context.stepIndex()}. */
  static void run(TaskHandle task, SimContext context, long stepMs, List<RunResult.TaskFailure> failures) {
    assert task.state == TaskState.READY : task + " is not ready";
    try {
      if (task.oneStep != null) {
        Runnable body = task.oneStep;
        task.oneStep = null;
        task.state = TaskState.DONE;
        body.run();
      } else {
        apply(task, task.task.step(context), context.nowMs() + stepMs);
      }
    } catch (RuntimeException | Error e) {
      SimRuntime.rethrowIfFatal(e);
      fail(task, context.stepIndex(), e, failures);
    }
  }

  /** Asks a waiting task's condition; it becomes ready when it holds, or ends if it throws. */
  static void ask(TaskHandle task, long stepIndex, List<RunResult.TaskFailure> failures) {
    assert task.state == TaskState.WAITING : task + " is not waiting";
    try {
      if (task.condition.getAsBoolean()) {
        task.state = TaskState.READY;
        task.condition = null;
        task.waitReason = null;
      }
    } catch (RuntimeException | Error e) {
      SimRuntime.rethrowIfFatal(e);
      fail(task, stepIndex, e, failures);
    }
  }

  /** @param stepEndMs when the step ends on the virtual clock: sleeps count from there */
  private static void apply(TaskHandle task, Step step, long stepEndMs) {
    if (step instanceof Step.Next) {
      task.state = TaskState.READY;
    } else if (step instanceof Step.Done) {
      task.state = TaskState.DONE;
    } else if (step instanceof Step.Sleep sleep) {
      task.state = TaskState.SLEEPING;
      task.wakeMs = stepEndMs + sleep.durationMs();
    } else if (step instanceof Step.Wait wait) {
      task.state = TaskState.WAITING;
      task.condition = wait.condition();
      task.waitReason = wait.reason();
    } else {
      throw new IllegalStateException("a step must say what comes next; " + task.name() + " returned " + step);
    }
  }

  private static void fail(TaskHandle task, long stepIndex, Throwable error, List<RunResult.TaskFailure> failures) {
    task.state = TaskState.DONE;
    task.condition = null;
    failures.add(new RunResult.TaskFailure(stepIndex, task.name(), error));
  }
}
