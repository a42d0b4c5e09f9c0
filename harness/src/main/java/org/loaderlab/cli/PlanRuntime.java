package org.loaderlab.cli;

import java.util.ArrayDeque;
import java.util.Objects;
import org.loaderlab.engine.spi.Runtime;

/**
 * The runtime of {@code loaderlab plan}: tasks wait in a queue and run on the caller's thread,
 * in the order they were queued, when the caller asks ({@link #runUntilIdle()}); a task that
 * queues more work only adds to the queue, so nothing recurses. Not thread-safe: one thread
 * queues and runs.
 */
final class PlanRuntime implements Runtime {

  /** Far more than an operation on a world of 100,000 modules queues at once; beyond it is a runaway. */
  static final int QUEUED_MAX = 10_000_000;

  /** A bound on one drain, so an engine that keeps queueing work ends in an error, not a spin. */
  static final long RUN_TASKS_MAX = 100_000_000L;

  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private final int queuedMax;
  private final long runTasksMax;
  private boolean running;

  PlanRuntime() {
    this(QUEUED_MAX, RUN_TASKS_MAX);
  }

  PlanRuntime(int queuedMax, long runTasksMax) {
    if (queuedMax <= 0 || runTasksMax <= 0) {
      throw new IllegalArgumentException("limits must be > 0, were " + queuedMax + " and " + runTasksMax);
    }
    this.queuedMax = queuedMax;
    this.runTasksMax = runTasksMax;
  }

  /** Queues {@code task}; it runs during a later {@link #runUntilIdle()}, never inline. */
  @Override
  public void execute(Runnable task) {
    Objects.requireNonNull(task, "task");
    if (queue.size() >= queuedMax) {
      throw new IllegalStateException("runtime queue is full: " + queuedMax + " tasks are waiting");
    }
    queue.addLast(task);
  }

  /**
   * Runs queued tasks, and those they queue, until the queue is empty.
   *
   * @return how many tasks ran
   * @throws IllegalStateException past {@link #RUN_TASKS_MAX} tasks, or if called from a task
   */
  long runUntilIdle() {
    if (running) {
      throw new IllegalStateException("runUntilIdle called from a task it runs");
    }
    running = true;
    try {
      long ranCount = 0;
      while (!queue.isEmpty()) {
        if (ranCount >= runTasksMax) {
          throw new IllegalStateException("runtime did not go idle after " + runTasksMax + " tasks");
        }
        queue.pollFirst().run();
        ranCount++;
      }
      return ranCount;
    } finally {
      running = false;
    }
  }

  /** Tasks waiting to run. */
  int queuedCount() {
    return queue.size();
  }
}
