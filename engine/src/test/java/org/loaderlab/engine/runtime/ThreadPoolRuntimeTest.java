package org.loaderlab.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Goal: the production runtime runs every task off the caller's thread, survives tasks that
 * throw, reports quiescence truthfully (never idle while a task or its successor is pending),
 * refuses floods and late tasks loudly, and closes in bounded time. Method: small pools driven
 * from the test thread; tasks that must be held in place wait on a latch, and every wait is
 * bounded (Awaitility, or a latch with a timeout), so a broken runtime fails instead of hanging.
 */
class ThreadPoolRuntimeTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final List<ThreadPoolRuntime> opened = new ArrayList<>();
  private final CountDownLatch gate = new CountDownLatch(1);

  @AfterEach
  void closeAll() {
    gate.countDown();
    opened.forEach(ThreadPoolRuntime::close);
  }

  private ThreadPoolRuntime open(ThreadPoolRuntime.Builder builder) {
    ThreadPoolRuntime runtime = builder.build();
    opened.add(runtime);
    return runtime;
  }

  private ThreadPoolRuntime open(int threadCount) {
    return open(ThreadPoolRuntime.builder().name("test").threadCount(threadCount));
  }

  /** A task that holds its worker until the test opens the gate. */
  private Runnable heldTask(CountDownLatch started) {
    return () -> {
      started.countDown();
      try {
        gate.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  private static void awaitLatch(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("latch released in time").isTrue();
  }

  @Test
  void execute_runsEveryTask_thenIsIdle() {
    ThreadPoolRuntime runtime = open(4);
    AtomicInteger ran = new AtomicInteger();
    for (int i = 0; i < 1000; i++) {
      runtime.execute(ran::incrementAndGet);
    }
    await().atMost(WAIT).until(runtime::isIdle);
    assertThat(ran).hasValue(1000);
    assertThat(runtime.completedTaskCount()).isEqualTo(1000);
    assertThat(runtime.pendingTaskCount()).isZero();
    assertThat(runtime.failedTaskCount()).isZero();
  }

  @Test
  void execute_runsOnNamedDaemonWorker_neverInline() throws InterruptedException {
    ThreadPoolRuntime runtime = open(ThreadPoolRuntime.builder().name("loader").threadCount(2));
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    runtime.execute(() -> {
      ranOn.set(Thread.currentThread());
      done.countDown();
    });
    awaitLatch(done);
    assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
    assertThat(ranOn.get().getName()).matches("loader-[12]");
    assertThat(ranOn.get().isDaemon()).isTrue();
  }

  @Test
  void failingTask_isCountedAndReported_andTheWorkerGoesOn() throws InterruptedException {
    List<Throwable> reported = Collections.synchronizedList(new ArrayList<>());
    List<Thread> reportedOn = Collections.synchronizedList(new ArrayList<>());
    ThreadPoolRuntime runtime = open(ThreadPoolRuntime.builder().name("one").threadCount(1)
        .failureHandler((thread, failure) -> {
          reportedOn.add(thread);
          reported.add(failure);
        }));
    IllegalStateException boom = new IllegalStateException("boom");
    AtomicReference<Thread> first = new AtomicReference<>();
    runtime.execute(() -> {
      first.set(Thread.currentThread());
      throw boom;
    });
    AtomicReference<Thread> second = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    runtime.execute(() -> {
      second.set(Thread.currentThread());
      done.countDown();
    });
    awaitLatch(done);
    await().atMost(WAIT).until(runtime::isIdle);
    assertThat(reported).containsExactly(boom);
    assertThat(reportedOn).containsExactly(first.get());
    assertThat(second.get()).as("the same worker survived").isSameAs(first.get());
    assertThat(runtime.failedTaskCount()).isEqualTo(1);
    assertThat(runtime.completedTaskCount()).isEqualTo(2);
  }

  @Test
  void failingTask_withFailingHandler_fallsBackToTheJvmReport_andTheWorkerGoesOn() throws InterruptedException {
    ThreadPoolRuntime runtime = open(ThreadPoolRuntime.builder().name("one").threadCount(1)
        .failureHandler((thread, failure) -> {
          throw new IllegalStateException("handler broke");
        }));
    List<Throwable> fallback = Collections.synchronizedList(new ArrayList<>());
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> fallback.add(failure));
    try {
      AtomicReference<Thread> first = new AtomicReference<>();
      AtomicReference<Thread> second = new AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      runtime.execute(() -> {
        first.set(Thread.currentThread());
        throw new AssertionError("task broke");
      });
      runtime.execute(() -> {
        second.set(Thread.currentThread());
        done.countDown();
      });
      awaitLatch(done);
      await().atMost(WAIT).until(runtime::isIdle);
      assertThat(second.get()).isSameAs(first.get());
      assertThat(runtime.failedTaskCount()).isEqualTo(1);
      assertThat(fallback).singleElement().satisfies(failure -> {
        assertThat(failure).hasMessage("task broke");
        assertThat(failure.getSuppressed()).extracting(Throwable::getMessage).containsExactly("handler broke");
      });
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  @Test
  void pendingTaskCount_countsQueuedAndRunning() throws InterruptedException {
    ThreadPoolRuntime runtime = open(1);
    CountDownLatch started = new CountDownLatch(1);
    runtime.execute(heldTask(started));
    awaitLatch(started);
    runtime.execute(() -> {});
    runtime.execute(() -> {});
    assertThat(runtime.pendingTaskCount()).isEqualTo(3);
    assertThat(runtime.isIdle()).isFalse();
    gate.countDown();
    await().atMost(WAIT).until(runtime::isIdle);
    assertThat(runtime.completedTaskCount()).isEqualTo(3);
  }

  @Test
  void isIdle_neverTrueWhileATaskOrItsSuccessorIsPending() {
    ThreadPoolRuntime runtime = open(2);
    AtomicInteger sawIdle = new AtomicInteger();
    AtomicInteger links = new AtomicInteger();
    Runnable[] chain = new Runnable[1];
    chain[0] = () -> {
      if (runtime.isIdle()) {
        sawIdle.incrementAndGet();
      }
      if (links.incrementAndGet() < 500) {
        runtime.execute(chain[0]);
      }
    };
    runtime.execute(chain[0]);
    await().atMost(WAIT).until(runtime::isIdle);
    assertThat(links).hasValue(500);
    assertThat(sawIdle).as("a running task is pending").hasValue(0);
  }

  @Test
  void execute_beyondTasksQueuedMax_isRefusedLoudly() throws InterruptedException {
    ThreadPoolRuntime runtime = open(ThreadPoolRuntime.builder().name("small").threadCount(1).tasksQueuedMax(2));
    CountDownLatch started = new CountDownLatch(1);
    runtime.execute(heldTask(started));
    awaitLatch(started);
    runtime.execute(() -> {});
    runtime.execute(() -> {});
    assertThatThrownBy(() -> runtime.execute(() -> {}))
        .isInstanceOf(RejectedExecutionException.class)
        .hasMessage("runtime 'small' already has 2 tasks queued, the limit");
    assertThat(runtime.pendingTaskCount()).as("the refused task is not counted").isEqualTo(3);
  }

  @Test
  void close_runsQueuedTasksFirst_thenRefusesNewOnes() {
    ThreadPoolRuntime runtime = open(1);
    AtomicInteger ran = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      runtime.execute(ran::incrementAndGet);
    }
    runtime.close();
    assertThat(ran).hasValue(50);
    assertThat(runtime.isClosed()).isTrue();
    assertThat(runtime.isTerminated()).isTrue();
    assertThat(runtime.droppedTaskCount()).isZero();
    assertThatThrownBy(() -> runtime.execute(() -> {}))
        .isInstanceOf(RejectedExecutionException.class)
        .hasMessage("runtime 'test' is closed");
    runtime.close();
    assertThat(runtime.isTerminated()).as("close is idempotent").isTrue();
  }

  @Test
  void close_withAHungTask_interruptsItAndDropsTheQueue_inBoundedTime() throws InterruptedException {
    ThreadPoolRuntime runtime = open(ThreadPoolRuntime.builder().name("hung").threadCount(1).closeTimeoutMs(100));
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    runtime.execute(() -> {
      started.countDown();
      try {
        gate.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
    });
    awaitLatch(started);
    AtomicBoolean queuedRan = new AtomicBoolean();
    runtime.execute(() -> queuedRan.set(true));
    runtime.close();
    assertThat(runtime.isTerminated()).isTrue();
    assertThat(interrupted).isTrue();
    assertThat(queuedRan).isFalse();
    assertThat(runtime.droppedTaskCount()).isEqualTo(1);
    assertThat(runtime.pendingTaskCount()).isZero();
  }

  @Test
  void close_fromOwnWorker_isRefused() throws InterruptedException {
    ThreadPoolRuntime runtime = open(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    runtime.execute(() -> {
      try {
        runtime.close();
      } catch (IllegalStateException e) {
        thrown.set(e);
      }
      done.countDown();
    });
    awaitLatch(done);
    assertThat(thrown.get()).hasMessage("runtime 'test' cannot be closed from its own thread test-1: it would wait for itself");
    assertThat(runtime.isClosed()).isFalse();
  }

  @Test
  void builder_rejectsBadValues_namingFieldAndValue() {
    ThreadPoolRuntime.Builder builder = ThreadPoolRuntime.builder();
    assertThatThrownBy(() -> builder.threadCount(0)).hasMessage("threadCount must be from 1 to 256, was 0");
    assertThatThrownBy(() -> builder.threadCount(257)).hasMessage("threadCount must be from 1 to 256, was 257");
    assertThatThrownBy(() -> builder.tasksQueuedMax(0)).hasMessage("tasksQueuedMax must be > 0, was 0");
    assertThatThrownBy(() -> builder.closeTimeoutMs(-1)).hasMessage("closeTimeoutMs must be >= 0, was -1");
    assertThatThrownBy(() -> builder.name(" ")).hasMessage("name must not be blank, was ' '");
  }

  @Test
  void create_setsNameAndThreadCount() {
    ThreadPoolRuntime runtime = ThreadPoolRuntime.create("engine", 3);
    opened.add(runtime);
    assertThat(runtime.name()).isEqualTo("engine");
    assertThat(runtime.threadCount()).isEqualTo(3);
    assertThat(runtime.isIdle()).isTrue();
    assertThat(runtime).hasToString("ThreadPoolRuntime[engine, 3 threads, 0 pending]");
  }
}
