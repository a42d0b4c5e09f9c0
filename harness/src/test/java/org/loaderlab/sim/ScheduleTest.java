package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: a schedule reads back as the decisions made, renders one stable line per step, and is a
 * snapshot that later steps do not change. Method: a FIFO run of a task and the engine task it
 * queues.
 */
class ScheduleTest {

  private static SimRuntime run(SimRuntime.Recording recording) {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[0], 1), new FifoScheduler())
        .recording(recording).build();
    sim.spawn("admin", context -> {
      context.spawn("channel:SIP/alice-1", inner -> Step.done());
      return Step.done();
    });
    sim.execute(() -> {});
    sim.run();
    return sim;
  }

  @Test
  void decisions_full_holdEnabledAndChosen() {
    Schedule schedule = run(SimRuntime.Recording.FULL).schedule();

    assertThat(schedule.size()).isEqualTo(3);
    assertThat(schedule.hasEnabledTasks()).isTrue();
    assertThat(schedule.decisions()).containsExactly(
        new Schedule.Decision(0, List.of("admin", "engine#1"), "admin"),
        new Schedule.Decision(1, List.of("engine#1", "channel:SIP/alice-1"), "engine#1"),
        new Schedule.Decision(2, List.of("channel:SIP/alice-1"), "channel:SIP/alice-1"));
  }

  @Test
  void render_full_oneLinePerStep() {
    assertThat(run(SimRuntime.Recording.FULL).schedule().render()).isEqualTo(
        "step 0: admin of [admin, engine#1]\n"
            + "step 1: engine#1 of [engine#1, channel:SIP/alice-1]\n"
            + "step 2: channel:SIP/alice-1 of [channel:SIP/alice-1]\n");
  }

  @Test
  void render_chosenOnly_omitsEnabled() {
    Schedule schedule = run(SimRuntime.Recording.CHOSEN).schedule();

    assertThat(schedule.hasEnabledTasks()).isFalse();
    assertThat(schedule.render()).isEqualTo("step 0: admin\nstep 1: engine#1\nstep 2: channel:SIP/alice-1\n");
    assertThat(schedule.chosenNames()).containsExactly("admin", "engine#1", "channel:SIP/alice-1");
  }

  @Test
  void snapshot_laterSteps_leaveItUnchanged() {
    SimRuntime sim = run(SimRuntime.Recording.FULL);
    Schedule before = sim.schedule();

    sim.execute(() -> {});
    sim.run();

    assertThat(before.size()).isEqualTo(3);
    assertThat(sim.schedule().size()).isEqualTo(4);
  }

  @Test
  void decision_outOfRange_throws() {
    Schedule schedule = run(SimRuntime.Recording.FULL).schedule();

    assertThatThrownBy(() -> schedule.decision(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
