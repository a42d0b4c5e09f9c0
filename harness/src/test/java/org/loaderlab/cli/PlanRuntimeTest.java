package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal: the plan command's runtime never runs a task inline, runs queued tasks (and the tasks
 * they queue) in order on the caller's thread, and ends a runaway in an error instead of a spin.
 * Method: tasks that record their order and queue more tasks.
 */
class PlanRuntimeTest {

  @Test
  void execute_queuesOnly_runUntilIdle_runsInOrderIncludingTasksQueuedByTasks() {
    PlanRuntime runtime = new PlanRuntime();
    List<String> ran = new ArrayList<>();
    runtime.execute(() -> {
      ran.add("a");
      runtime.execute(() -> ran.add("c"));
    });
    runtime.execute(() -> ran.add("b"));
    assertThat(ran).as("nothing inline").isEmpty();
    assertThat(runtime.runUntilIdle()).isEqualTo(3);
    assertThat(ran).containsExactly("a", "b", "c");
    assertThat(runtime.queuedCount()).isZero();
  }

  @Test
  void runUntilIdle_longChain_noRecursion() {
    PlanRuntime runtime = new PlanRuntime();
    int[] left = {200_000};
    Runnable[] step = new Runnable[1];
    step[0] = () -> {
      if (--left[0] > 0) {
        runtime.execute(step[0]);
      }
    };
    runtime.execute(step[0]);
    assertThat(runtime.runUntilIdle()).isEqualTo(200_000);
  }

  @Test
  void runUntilIdle_runaway_endsInAnErrorNamingTheLimit() {
    PlanRuntime runtime = new PlanRuntime(10, 1_000);
    Runnable[] forever = new Runnable[1];
    forever[0] = () -> runtime.execute(forever[0]);
    runtime.execute(forever[0]);
    assertThatThrownBy(runtime::runUntilIdle).isInstanceOf(IllegalStateException.class)
        .hasMessage("runtime did not go idle after 1000 tasks");
  }

  @Test
  void execute_fullQueue_isRefused() {
    PlanRuntime runtime = new PlanRuntime(2, 1_000);
    runtime.execute(() -> {});
    runtime.execute(() -> {});
    assertThatThrownBy(() -> runtime.execute(() -> {})).isInstanceOf(IllegalStateException.class)
        .hasMessage("runtime queue is full: 2 tasks are waiting");
  }

  @Test
  void runUntilIdle_fromATask_isRefused() {
    PlanRuntime runtime = new PlanRuntime();
    List<Throwable> caught = new ArrayList<>();
    runtime.execute(() -> {
      try {
        runtime.runUntilIdle();
      } catch (IllegalStateException e) {
        caught.add(e);
      }
    });
    runtime.runUntilIdle();
    assertThat(caught).singleElement().extracting(Throwable::getMessage)
        .isEqualTo("runUntilIdle called from a task it runs");
  }
}
