package org.loaderlab.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tasks of a run not known to be done, in creation order, and the one pass per step that
 * finds which of them may run. Ended tasks are dropped during that pass, so it costs one walk
 * over the live tasks and no allocation.
 */
final class LiveTasks {

  private static final int INITIAL_CAPACITY = 64;

  private TaskHandle[] tasks = new TaskHandle[INITIAL_CAPACITY];
  private int count;

  void append(TaskHandle task) {
    assert count == 0 || tasks[count - 1].id < task.id : "tasks are appended in creation order";
    if (count == tasks.length) {
      tasks = Arrays.copyOf(tasks, tasks.length * 2);
    }
    tasks[count++] = task;
  }

  /** Live tasks, counting those that ended since the last pass. */
  int count() {
    return count;
  }

  /**
   * Drops ended tasks, wakes sleepers due at {@code nowMs}, asks waiters' conditions, and fills
   * {@code enabled} in creation order. Tasks postponed past {@code stepIndex} are left out,
   * unless nothing else could run: a delay reorders steps, it never makes a run hang.
   *
   * @return the earliest wake-up among sleepers not yet due; {@code Long.MAX_VALUE} if none
   */
  long collect(EnabledSet enabled, long stepIndex, long nowMs, List<RunResult.TaskFailure> failures) {
    enabled.clear();
    long wakeMs = Long.MAX_VALUE;
    boolean postponed = false;
    int kept = 0;
    for (int index = 0; index < count; index++) {
      TaskHandle task = tasks[index];
      if (task.state == TaskState.SLEEPING && task.wakeMs <= nowMs) {
        task.state = TaskState.READY;
      } else if (task.state == TaskState.WAITING) {
        TaskSteps.ask(task, stepIndex, failures);
      }
      if (task.state == TaskState.DONE) {
        continue;
      }
      tasks[kept++] = task;
      if (task.state == TaskState.SLEEPING) {
        wakeMs = Math.min(wakeMs, task.wakeMs);
      } else if (task.state == TaskState.READY) {
        if (task.enabledFromStep > stepIndex) {
          postponed = true;
        } else {
          enabled.add(task);
        }
      }
    }
    Arrays.fill(tasks, kept, count, null);
    count = kept;
    if (enabled.size() == 0 && postponed) {
      for (int index = 0; index < count; index++) {
        if (tasks[index].state == TaskState.READY) {
          enabled.add(tasks[index]);
        }
      }
    }
    return wakeMs;
  }

  /** The tasks not done, in creation order. */
  List<TaskHandle> snapshot() {
    List<TaskHandle> live = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      if (!tasks[index].isDone()) {
        live.add(tasks[index]);
      }
    }
    return live;
  }
}
