package org.loaderlab.linker;

import java.util.ArrayDeque;
import org.loaderlab.engine.spi.Runtime;
import org.loaderlab.observe.StepClock;

/** A one-thread runtime for tests: tasks queue, and each task run is one step of the step clock. */
final class QueueRuntime implements Runtime, StepClock {

  private static final long TASKS_MAX = 1_000_000;

  private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
  private long stepIndex;

  @Override
  public void execute(Runnable task) {
    queue.addLast(task);
  }

  @Override
  public long stepIndex() {
    return stepIndex;
  }

  void runUntilIdle() {
    while (!queue.isEmpty()) {
      if (stepIndex >= TASKS_MAX) {
        throw new IllegalStateException("runtime did not go idle after " + TASKS_MAX + " tasks");
      }
      stepIndex++;
      queue.pollFirst().run();
    }
  }
}
