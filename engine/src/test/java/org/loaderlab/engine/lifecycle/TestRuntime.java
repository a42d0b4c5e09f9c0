package org.loaderlab.engine.lifecycle;

import java.util.ArrayDeque;
import org.loaderlab.engine.spi.Runtime;

/** A runtime that runs queued tasks on the test thread, in order, only when asked: tests are deterministic. */
final class TestRuntime implements Runtime {

  /** Far more tasks than any test needs; reaching it means the engine loops. */
  static final long TASKS_MAX = 50_000_000L;

  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private long ran;

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
  }

  /** Runs tasks, those they queue included, until none is left. */
  void runUntilIdle() {
    while (!tasks.isEmpty()) {
      if (++ran > TASKS_MAX) {
        throw new AssertionError("more than " + TASKS_MAX + " tasks: the engine does not settle");
      }
      tasks.poll().run();
    }
  }

  /** Runs at most {@code count} tasks: to look at the engine in the middle of an operation. */
  void run(int count) {
    for (int i = 0; i < count && !tasks.isEmpty(); i++) {
      tasks.poll().run();
    }
  }

  int queued() {
    return tasks.size();
  }
}
