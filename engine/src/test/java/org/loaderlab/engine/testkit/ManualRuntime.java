package org.loaderlab.engine.testkit;

import java.util.ArrayDeque;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.spi.Runtime;

/**
 * A {@link Runtime} for deterministic single-threaded tests: tasks wait in a FIFO queue until
 * the test runs them, one by one ({@link #runOne()}), a few ({@link #runAtMost}) or all
 * ({@link #runUntilIdle()}), on the test's own thread. A task that throws propagates to the
 * test, which is what a test wants to see.
 *
 * <p>{@link #runUntilIdle()} is a loop, not a recursion, bounded by {@code stepsMax}: an engine
 * that keeps queueing work fails loudly instead of spinning.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ManualRuntime implements Runtime {

  /** Far more steps than any test world needs (a 100,000-module startup is a few per module). */
  public static final int STEPS_MAX_DEFAULT = 10_000_000;

  private final int stepsMax;
  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private long executedCount;
  private boolean running;

  public ManualRuntime() {
    this(STEPS_MAX_DEFAULT);
  }

  public ManualRuntime(int stepsMax) {
    if (stepsMax < 1) {
      throw new IllegalArgumentException("stepsMax must be > 0, was " + stepsMax);
    }
    this.stepsMax = stepsMax;
  }

  /** Queues {@code task}; it runs when the test runs the queue, never inline. */
  @Override
  public synchronized void execute(Runnable task) {
    queue.addLast(Objects.requireNonNull(task, "task"));
  }

  /**
   * Runs the oldest queued task, if any, on the calling thread.
   *
   * @return whether a task ran
   */
  public boolean runOne() {
    Runnable task;
    synchronized (this) {
      if (running) {
        throw new IllegalStateException("runOne() called while a task runs (from the task itself, or a second thread): tasks must not nest");
      }
      task = queue.pollFirst();
      if (task == null) {
        return false;
      }
      running = true;
      executedCount++;
    }
    try {
      task.run();
    } finally {
      synchronized (this) {
        running = false;
      }
    }
    return true;
  }

  /**
   * Runs the oldest tasks, one by one, until {@code countMax} ran or none is left: to look at the
   * engine in the middle of an operation.
   *
   * @return the number of tasks run
   */
  public int runAtMost(int countMax) {
    if (countMax < 0) {
      throw new IllegalArgumentException("countMax must be >= 0, was " + countMax);
    }
    int count = 0;
    while (count < countMax && runOne()) {
      count++;
    }
    return count;
  }

  /**
   * Runs queued tasks, including those they queue, until none is left.
   *
   * @return the number of tasks run
   * @throws IllegalStateException when tasks are still queued after {@code stepsMax} of them ran
   */
  public int runUntilIdle() {
    int steps = 0;
    while (runOne()) {
      steps++;
      if (steps >= stepsMax && !isIdle()) {
        throw new IllegalStateException("runtime still busy after " + stepsMax + " steps (stepsMax), "
            + queuedCount() + " tasks queued: something keeps queueing work; next task: " + peek());
      }
    }
    return steps;
  }

  private synchronized String peek() {
    return String.valueOf(queue.peekFirst());
  }

  public synchronized int queuedCount() {
    return queue.size();
  }

  public synchronized boolean isIdle() {
    return queue.isEmpty() && !running;
  }

  /** Tasks run so far, over the runtime's life. */
  public synchronized long executedCount() {
    return executedCount;
  }

  public int stepsMax() {
    return stepsMax;
  }
}
