package org.loaderlab.engine.runtime;

import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the runtime's workers: daemon threads named {@code <name>-<n>}, so a thread dump says
 * whose they are and a forgotten runtime never keeps the JVM alive.
 */
final class WorkerFactory implements ThreadFactory {

  /** A worker knows its runtime, so the runtime can refuse to wait for itself. */
  static final class Worker extends Thread {
    private final Object owner;

    Worker(Runnable body, String name, Object owner) {
      super(body, name);
      this.owner = owner;
    }

    boolean belongsTo(Object runtime) {
      return owner == runtime;
    }
  }

  private final String name;
  private final Object owner;
  private final Thread.UncaughtExceptionHandler handler;
  private final AtomicInteger created = new AtomicInteger();

  WorkerFactory(String name, Object owner, Thread.UncaughtExceptionHandler handler) {
    this.name = name;
    this.owner = owner;
    this.handler = handler;
  }

  @Override
  public Thread newThread(Runnable body) {
    Worker worker = new Worker(body, String.format(Locale.ROOT, "%s-%d", name, created.incrementAndGet()), owner);
    worker.setDaemon(true);
    // Tasks are guarded, so this only sees a failure of the pool's own code.
    worker.setUncaughtExceptionHandler(handler);
    return worker;
  }

  static boolean isWorkerOf(Thread thread, Object runtime) {
    return thread instanceof Worker worker && worker.belongsTo(runtime);
  }
}
