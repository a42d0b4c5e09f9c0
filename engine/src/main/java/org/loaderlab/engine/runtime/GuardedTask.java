package org.loaderlab.engine.runtime;

import java.util.Objects;

/**
 * One engine task as a worker runs it. Whatever the task throws is counted and handed to the
 * failure handler, and nothing escapes: a worker thread must outlive a buggy module callback,
 * since the engine's next step is queued behind it.
 */
final class GuardedTask implements Runnable {

  private final Runnable task;
  private final TaskCounts counts;
  private final Thread.UncaughtExceptionHandler handler;

  GuardedTask(Runnable task, TaskCounts counts, Thread.UncaughtExceptionHandler handler) {
    this.task = Objects.requireNonNull(task, "task");
    this.counts = Objects.requireNonNull(counts, "counts");
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  @Override
  public void run() {
    boolean failure = false;
    try {
      task.run();
    } catch (Throwable thrown) {
      failure = true;
      report(thrown);
    } finally {
      counts.finished(failure);
    }
  }

  private void report(Throwable thrown) {
    Thread thread = Thread.currentThread();
    try {
      handler.uncaughtException(thread, thrown);
    } catch (Throwable handlerFailure) {
      // A handler that fails must not take the worker with it; the JVM's own reporting
      // (the default handler, or standard error) still gets both.
      thrown.addSuppressed(handlerFailure);
      thread.getThreadGroup().uncaughtException(thread, thrown);
    }
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
