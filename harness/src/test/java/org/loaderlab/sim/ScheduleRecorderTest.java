package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Goal: the recorder keeps every decision across array growth and refuses a step out of order.
 * Method: record 1,000 steps of growing enabled sets (past every initial capacity) and read
 * them back from the snapshot.
 */
class ScheduleRecorderTest {

  @Test
  void record_manySteps_keepsEveryDecision() {
    TaskNames names = new TaskNames();
    EnabledSet enabled = new EnabledSet();
    ScheduleRecorder recorder = new ScheduleRecorder(true);
    for (int step = 0; step < 1_000; step++) {
      TaskHandle task = new TaskHandle(names.add("t" + step), "t" + step, context -> Step.done(), null);
      enabled.add(task);
      recorder.record(step, enabled, step / 2);
    }

    Schedule schedule = recorder.snapshot(names);

    assertThat(schedule.size()).isEqualTo(1_000);
    assertThat(schedule.decision(999).enabled()).hasSize(1_000).startsWith("t0", "t1").endsWith("t999");
    assertThat(schedule.decision(999).chosen()).isEqualTo("t499");
    assertThat(schedule.decision(10).enabled()).hasSize(11);
  }

  @Test
  void record_stepOutOfOrder_throws() {
    ScheduleRecorder recorder = new ScheduleRecorder(false);
    EnabledSet enabled = new EnabledSet();
    enabled.add(new TaskHandle(0, "t", context -> Step.done(), null));

    assertThatThrownBy(() -> recorder.record(1, enabled, 0)).hasMessage("recorded step 1 after 0 steps");
  }
}
