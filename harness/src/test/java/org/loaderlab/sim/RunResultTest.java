package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Goal: a result checks its own consistency and describes itself in stable lines. */
class RunResultTest {

  @Test
  void describe_hang_namesStepTasksAndFailures() {
    RunResult result = new RunResult(RunResult.Kind.HANG, 10, 110, 230,
        List.of(new RunResult.AliveTask("channel:a", TaskState.SLEEPING, "sleeping until 240 ms")),
        List.of(new RunResult.TaskFailure(42, "engine#3", new IllegalStateException("boom"))));

    assertThat(result.stepCount()).isEqualTo(100);
    assertThat(result.isHang()).isTrue();
    assertThat(result.describe()).isEqualTo("hang at step 110, 230 ms, after 100 steps\n"
        + "  alive: channel:a sleeping until 240 ms\n"
        + "  failure: step 42: engine#3 threw java.lang.IllegalStateException: boom\n");
  }

  @Test
  void constructor_quiescentWithAliveTask_fails() {
    List<RunResult.AliveTask> alive = List.of(new RunResult.AliveTask("a", TaskState.READY, "ready"));

    assertThatThrownBy(() -> new RunResult(RunResult.Kind.QUIESCENT, 0, 1, 1, alive, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RunResult(RunResult.Kind.STOPPED, 5, 4, 1, List.of(), List.of()))
        .hasMessage("stepIndex 4 is before firstStepIndex 5");
  }

  @Test
  void isHang_onlyForHangAndBlocked() {
    assertThat(new RunResult(RunResult.Kind.QUIESCENT, 0, 0, 0, List.of(), List.of()).isHang()).isFalse();
    assertThat(new RunResult(RunResult.Kind.STOPPED, 0, 0, 0, List.of(), List.of()).isHang()).isFalse();
    assertThat(new RunResult(RunResult.Kind.BLOCKED, 0, 0, 0, List.of(), List.of()).isHang()).isTrue();
  }
}
