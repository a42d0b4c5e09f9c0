package org.loaderlab.bench;

import java.util.ArrayDeque;
import org.loaderlab.engine.spi.Runtime;

/**
 * The lifecycle benchmark's runtime: tasks queue, and the benchmark's own thread runs them in a
 * loop until none is left, so what is measured is the engine's work, with no thread hand-off.
 * Single-threaded: only the benchmark thread and the tasks it runs ever call it.
 */
final class LifecycleRuntime implements Runtime {

  /** A 100,000-module startup and shutdown takes a few tasks per module; far beyond that is a runaway. */
  static final long STEPS_MAX = 100_000_000L;

  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

  @Override
  public void execute(Runnable task) {
    queue.addLast(task);
  }

  /** Runs tasks, including those they queue, until none is left; returns how many ran. */
  long runUntilIdle() {
    long steps = 0;
    for (Runnable task = queue.pollFirst(); task != null; task = queue.pollFirst()) {
      if (steps == STEPS_MAX) {
        throw new IllegalStateException("runtime still busy after " + STEPS_MAX + " tasks (STEPS_MAX)");
      }
      task.run();
      steps++;
    }
    return steps;
  }
}
