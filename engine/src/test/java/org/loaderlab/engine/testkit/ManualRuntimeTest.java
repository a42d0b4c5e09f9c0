package org.loaderlab.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal: the manual runtime runs nothing until asked, then runs tasks in FIFO order on the test
 * thread, including those queued by tasks, and fails loudly (not by spinning or recursing) when
 * work never ends. Method: tasks that append to a list.
 */
class ManualRuntimeTest {

  private final ManualRuntime runtime = new ManualRuntime();
  private final List<String> ran = new ArrayList<>();

  @Test
  void execute_queuesWithoutRunning() {
    runtime.execute(() -> ran.add("a"));
    assertThat(ran).isEmpty();
    assertThat(runtime.queuedCount()).isEqualTo(1);
    assertThat(runtime.isIdle()).isFalse();
  }

  @Test
  void runUntilIdle_runsInOrder_includingTasksQueuedByTasks() {
    runtime.execute(() -> {
      ran.add("a");
      runtime.execute(() -> ran.add("c"));
    });
    runtime.execute(() -> ran.add("b"));
    assertThat(runtime.runUntilIdle()).isEqualTo(3);
    assertThat(ran).containsExactly("a", "b", "c");
    assertThat(runtime.isIdle()).isTrue();
    assertThat(runtime.executedCount()).isEqualTo(3);
  }

  @Test
  void runOne_runsTheOldestTask_andSaysWhenNoneIsLeft() {
    runtime.execute(() -> ran.add("a"));
    runtime.execute(() -> ran.add("b"));
    assertThat(runtime.runOne()).isTrue();
    assertThat(ran).containsExactly("a");
    assertThat(runtime.runOne()).isTrue();
    assertThat(runtime.runOne()).isFalse();
  }

  @Test
  void runUntilIdle_endlessWork_failsAtStepsMax() {
    ManualRuntime bounded = new ManualRuntime(100);
    Runnable[] forever = new Runnable[1];
    forever[0] = () -> bounded.execute(forever[0]);
    bounded.execute(forever[0]);
    assertThatThrownBy(bounded::runUntilIdle)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("runtime still busy after 100 steps (stepsMax), 1 tasks queued");
    assertThat(bounded.executedCount()).isEqualTo(100);
  }

  @Test
  void runUntilIdle_exactlyStepsMaxTasks_isFine() {
    ManualRuntime bounded = new ManualRuntime(3);
    for (int i = 0; i < 3; i++) {
      bounded.execute(() -> ran.add("x"));
    }
    assertThat(bounded.runUntilIdle()).isEqualTo(3);
  }

  @Test
  void failingTask_propagatesToTheTest_andTheRestStaysQueued() {
    runtime.execute(() -> {
      throw new IllegalStateException("boom");
    });
    runtime.execute(() -> ran.add("after"));
    assertThatThrownBy(runtime::runUntilIdle).hasMessage("boom");
    assertThat(runtime.queuedCount()).isEqualTo(1);
    runtime.runUntilIdle();
    assertThat(ran).containsExactly("after");
  }

  @Test
  void runOne_fromATask_isRefused() {
    runtime.execute(runtime::runOne);
    assertThatThrownBy(runtime::runUntilIdle)
        .hasMessage("runOne() called while a task runs (from the task itself, or a second thread): tasks must not nest");
  }

  @Test
  void runAtMost_runsTheOldestTasks_andLeavesTheRestQueued() {
    runtime.execute(() -> {
      ran.add("a");
      runtime.execute(() -> ran.add("d"));
    });
    runtime.execute(() -> ran.add("b"));
    runtime.execute(() -> ran.add("c"));
    assertThat(runtime.runAtMost(2)).isEqualTo(2);
    assertThat(ran).containsExactly("a", "b");
    assertThat(runtime.queuedCount()).isEqualTo(2);
    assertThat(runtime.runAtMost(5)).as("only two were left").isEqualTo(2);
    assertThat(ran).containsExactly("a", "b", "c", "d");
    assertThat(runtime.runAtMost(0)).isZero();
    assertThatThrownBy(() -> runtime.runAtMost(-1)).hasMessage("countMax must be >= 0, was -1");
  }

  @Test
  void constructor_rejectsNonPositiveStepsMax() {
    assertThatThrownBy(() -> new ManualRuntime(0)).hasMessage("stepsMax must be > 0, was 0");
  }
}
