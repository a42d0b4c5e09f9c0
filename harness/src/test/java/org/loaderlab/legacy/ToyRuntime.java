package org.loaderlab.legacy;

import java.util.ArrayDeque;
import org.loaderlab.engine.spi.Runtime;

/** A one-thread runtime for tests: tasks queue in order and run when the test says. */
final class ToyRuntime implements Runtime {

  /** A legacy operation is a handful of tasks per module; more than this is a runaway. */
  static final int TASKS_MAX = 100_000;

  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

  @Override
  public void execute(Runnable task) {
    queue.addLast(task);
  }

  /** Runs tasks, and the tasks they queue, until none is left. */
  void runUntilIdle() {
    for (int taskCount = 0; !queue.isEmpty(); taskCount++) {
      if (taskCount >= TASKS_MAX) {
        throw new IllegalStateException("runtime did not go idle after " + TASKS_MAX + " tasks");
      }
      queue.pollFirst().run();
    }
  }

  /** Runs at most {@code taskCount} tasks: to look at an operation midway. */
  void runTasks(int taskCount) {
    for (int ran = 0; ran < taskCount && !queue.isEmpty(); ran++) {
      queue.pollFirst().run();
    }
  }

  boolean isIdle() {
    return queue.isEmpty();
  }
}
