package org.loaderlab.engine.runtime;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.loaderlab.engine.spi.Runtime;

/**
 * The production {@link Runtime}: a fixed pool of named daemon threads behind a bounded queue.
 *
 * <ul>
 *   <li>A task never runs on the thread that submits it, as {@link Runtime#execute} requires.
 *   <li>What a task throws is caught, counted ({@link #failedTaskCount()}) and reported to the
 *       failure handler; the worker goes on with the next task.
 *   <li>{@link #pendingTaskCount()} counts tasks queued or running; {@link #isIdle()} is true
 *       only when there are none, so a caller can wait for the engine to go quiet (the engine
 *       chains its work as tasks, and a task's successor is counted before the task ends).
 *   <li>A full queue or a closed runtime refuses a task loudly, with
 *       {@link RejectedExecutionException}: a flood is never absorbed by growth.
 *   <li>{@link #close()} lets queued and running tasks finish for up to {@code closeTimeoutMs},
 *       then interrupts the workers, drops what is still queued ({@link #droppedTaskCount()})
 *       and waits up to {@code closeTimeoutMs} again for the workers to end.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ThreadPoolRuntime implements Runtime, AutoCloseable {

  /**
   * The engine never blocks a runtime thread, so a few threads per core keep it busy; beyond
   * this many the count is a configuration mistake, not a need.
   */
  public static final int THREADS_MAX = 256;

  /**
   * The engine chains an operation's steps, one task queueing the next, so the queue holds little
   * more than one deferred stop per module: {@code LoaderConfig.DEFAULTS.modulesMax()} (200,000)
   * with room to spare.
   */
  public static final int TASKS_QUEUED_MAX_DEFAULT = 1_000_000;

  public static final long CLOSE_TIMEOUT_MS_DEFAULT = 10_000;

  private final String name;
  private final int threadCount;
  private final int tasksQueuedMax;
  private final long closeTimeoutMs;
  private final Thread.UncaughtExceptionHandler failureHandler;
  private final TaskCounts counts = new TaskCounts();
  private final ThreadPoolExecutor executor;

  private ThreadPoolRuntime(Builder builder) {
    this.name = builder.name;
    this.threadCount = builder.threadCount;
    this.tasksQueuedMax = builder.tasksQueuedMax;
    this.closeTimeoutMs = builder.closeTimeoutMs;
    this.failureHandler = builder.failureHandler;
    this.executor = new ThreadPoolExecutor(threadCount, threadCount, 0L, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(tasksQueuedMax), new WorkerFactory(name, this, failureHandler),
        new ThreadPoolExecutor.AbortPolicy());
  }

  /** A runtime of {@code threadCount} threads named {@code name-1}, ..., with the defaults for the rest. */
  public static ThreadPoolRuntime create(String name, int threadCount) {
    return builder().name(name).threadCount(threadCount).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Queues {@code task} for a worker.
   *
   * @throws RejectedExecutionException when the runtime is closed or {@code tasksQueuedMax}
   *     tasks are already waiting
   */
  @Override
  public void execute(Runnable task) {
    Objects.requireNonNull(task, "task");
    counts.accepted();
    try {
      executor.execute(new GuardedTask(task, counts, failureHandler));
    } catch (RejectedExecutionException refused) {
      counts.refused();
      String why = executor.isShutdown()
          ? "runtime '" + name + "' is closed"
          : "runtime '" + name + "' already has " + tasksQueuedMax + " tasks queued, the limit";
      throw new RejectedExecutionException(why, refused);
    }
  }

  /** Tasks accepted and not yet finished: queued, plus running. Never negative. */
  public long pendingTaskCount() {
    return counts.pending();
  }

  /** Whether no task is queued or running: the engine has nothing left to do until it is asked. */
  public boolean isIdle() {
    return counts.pending() == 0;
  }

  /** Tasks that ran to their end, normally or by throwing. */
  public long completedTaskCount() {
    return counts.completed();
  }

  /** Tasks that threw; each was reported to the failure handler. */
  public long failedTaskCount() {
    return counts.failed();
  }

  /** Tasks still queued when {@link #close()} ran out of patience: they never ran. */
  public long droppedTaskCount() {
    return counts.dropped();
  }

  public String name() {
    return name;
  }

  public int threadCount() {
    return threadCount;
  }

  /** Whether {@link #close()} has begun: new tasks are refused. */
  public boolean isClosed() {
    return executor.isShutdown();
  }

  /** Whether every worker has ended after {@link #close()}. */
  public boolean isTerminated() {
    return executor.isTerminated();
  }

  /**
   * Stops accepting tasks and shuts the pool down in order, waiting at most twice
   * {@code closeTimeoutMs}: first for queued and running tasks to finish, then, after interrupting
   * the workers and dropping what is still queued, for the workers to end. Idempotent.
   *
   * @throws IllegalStateException when called from one of this runtime's own threads, which
   *     would wait for itself
   */
  @Override
  public void close() {
    if (WorkerFactory.isWorkerOf(Thread.currentThread(), this)) {
      throw new IllegalStateException("runtime '" + name + "' cannot be closed from its own thread "
          + Thread.currentThread().getName() + ": it would wait for itself");
    }
    executor.shutdown();
    if (awaitTermination()) {
      return;
    }
    List<Runnable> dropped = executor.shutdownNow();
    counts.dropped(dropped.size());
    awaitTermination();
  }

  private boolean awaitTermination() {
    try {
      return executor.awaitTermination(closeTimeoutMs, TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return executor.isTerminated();
    }
  }

  @Override
  public String toString() {
    return "ThreadPoolRuntime[" + name + ", " + threadCount + " threads, " + counts.pending() + " pending]";
  }

  /** Sets one option at a time; each setter rejects a bad value at once, naming field and value. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private String name = "loaderlab-runtime";
    private int threadCount = Math.min(THREADS_MAX, Math.max(2, java.lang.Runtime.getRuntime().availableProcessors()));
    private int tasksQueuedMax = TASKS_QUEUED_MAX_DEFAULT;
    private long closeTimeoutMs = CLOSE_TIMEOUT_MS_DEFAULT;
    private Thread.UncaughtExceptionHandler failureHandler = ThreadPoolRuntime::reportToThreadGroup;

    private Builder() {}

    /** The threads' name prefix: {@code name-1}, {@code name-2}, ... */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
      }
      this.name = name;
      return this;
    }

    /** Workers, from 1 to {@link #THREADS_MAX}; the default is the number of cores, at least 2. */
    public Builder threadCount(int threadCount) {
      if (threadCount < 1 || threadCount > THREADS_MAX) {
        throw new IllegalArgumentException("threadCount must be from 1 to " + THREADS_MAX + ", was " + threadCount);
      }
      this.threadCount = threadCount;
      return this;
    }

    /** Tasks that may wait for a worker; one more is refused. */
    public Builder tasksQueuedMax(int tasksQueuedMax) {
      if (tasksQueuedMax < 1) {
        throw new IllegalArgumentException("tasksQueuedMax must be > 0, was " + tasksQueuedMax);
      }
      this.tasksQueuedMax = tasksQueuedMax;
      return this;
    }

    /** How long each of {@link #close()}'s two waits may last. */
    public Builder closeTimeoutMs(long closeTimeoutMs) {
      if (closeTimeoutMs < 0) {
        throw new IllegalArgumentException("closeTimeoutMs must be >= 0, was " + closeTimeoutMs);
      }
      this.closeTimeoutMs = closeTimeoutMs;
      return this;
    }

    /**
     * Told of every task that throws, on the worker that ran it; the default reports as the JVM
     * does for an uncaught exception (the default handler, or standard error).
     */
    public Builder failureHandler(Thread.UncaughtExceptionHandler failureHandler) {
      this.failureHandler = Objects.requireNonNull(failureHandler, "failureHandler");
      return this;
    }

    public ThreadPoolRuntime build() {
      return new ThreadPoolRuntime(this);
    }
  }

  private static void reportToThreadGroup(Thread thread, Throwable failure) {
    thread.getThreadGroup().uncaughtException(thread, failure);
  }
}
