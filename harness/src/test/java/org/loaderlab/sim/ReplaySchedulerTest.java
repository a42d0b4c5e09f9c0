package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: a recorded schedule replays to the same run, and a run that no longer matches its
 * recording fails at the first step that differs, naming it. Method: record three interleaved
 * tasks under a random tape, replay them on a fresh runtime (with no tape choices left), then
 * replay against changed programs.
 *
 * <pre>
 *   a: a0 a1 a2     b: b0 b1     c: c0 (queues an engine task)
 * </pre>
 */
class ReplaySchedulerTest {

  private final List<String> log = new ArrayList<>();

  @Test
  void pick_recordedSchedule_reproducesRun() {
    ChoiceTape tape = ChoiceTape.random(42L, 100);
    SimRuntime recorded = program(SimRuntime.builder(tape, new RandomScheduler(tape)).build(), 3);
    recorded.run();
    List<String> recordedLog = List.copyOf(log);
    Schedule schedule = recorded.schedule();
    log.clear();

    SimRuntime replayed = program(
        SimRuntime.builder(ChoiceTape.replay(new int[0], 1), new ReplayScheduler(schedule)).build(), 3);
    RunResult result = replayed.run();

    assertThat(result.kind()).isEqualTo(RunResult.Kind.QUIESCENT);
    assertThat(log).isEqualTo(recordedLog);
    assertThat(replayed.schedule().render()).isEqualTo(schedule.render());
  }

  @Test
  void pick_taskMissing_failsAtFirstDivergentStep() {
    Schedule schedule = recordFifo(3);
    SimRuntime changed = program(fifoReplay(schedule), 2);

    // FIFO ran a0 a1 a2 and ended a at step 2; with two steps, a ends at step 1.
    assertThatThrownBy(changed::run)
        .isInstanceOf(ScheduleDivergenceException.class)
        .hasMessage("schedule diverged at step 2: recorded enabled tasks [a, b, c], enabled now: [b, c]")
        .satisfies(e -> assertThat(((ScheduleDivergenceException) e).stepIndex()).isEqualTo(2));
  }

  @Test
  void pick_choicesOnly_failsWhenChosenTaskNotEnabled() {
    Schedule schedule = recordFifo(3, SimRuntime.Recording.CHOSEN);
    SimRuntime changed = program(fifoReplay(schedule), 2);

    assertThatThrownBy(changed::run)
        .isInstanceOf(ScheduleDivergenceException.class)
        .hasMessage("schedule diverged at step 2: recorded task 'a' is not enabled; enabled now: [b, c]");
  }

  @Test
  void pick_runGoesOnPastRecording_fails() {
    Schedule schedule = recordFifo(2);
    SimRuntime longer = program(fifoReplay(schedule), 3);

    // The recording's enabled sets match up to a's extra step, which the recording lacks.
    assertThatThrownBy(longer::run)
        .isInstanceOf(ScheduleDivergenceException.class)
        .hasMessage("schedule diverged at step 2: recorded enabled tasks [b, c], enabled now: [a, b, c]");
  }

  @Test
  void pick_recordingExhausted_fails() {
    Schedule schedule = recordFifo(3);
    SimRuntime longer = program(fifoReplay(schedule), 3);
    longer.run();
    longer.spawn("late", context -> Step.done());

    assertThatThrownBy(longer::run)
        .isInstanceOf(ScheduleDivergenceException.class)
        .hasMessage("schedule diverged at step 7: the run goes on past the 7 recorded steps, with [late] enabled");
  }

  @Test
  void pick_renamedTask_fails() {
    Schedule schedule = recordFifo(3);
    SimRuntime renamed = SimRuntime.builder(ChoiceTape.replay(new int[0], 1), new ReplayScheduler(schedule)).build();
    renamed.spawn("x", context -> Step.done());

    assertThatThrownBy(renamed::run)
        .isInstanceOf(ScheduleDivergenceException.class)
        .hasMessage("schedule diverged at step 0: recorded enabled tasks [a, b, c], enabled now: [x]");
  }

  private Schedule recordFifo(int aSteps) {
    return recordFifo(aSteps, SimRuntime.Recording.FULL);
  }

  private Schedule recordFifo(int aSteps, SimRuntime.Recording recording) {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[0], 1), new FifoScheduler())
        .recording(recording).build();
    program(sim, aSteps).run();
    return sim.schedule();
  }

  private static SimRuntime fifoReplay(Schedule schedule) {
    return SimRuntime.builder(ChoiceTape.replay(new int[0], 1), new ReplayScheduler(schedule)).build();
  }

  private SimRuntime program(SimRuntime sim, int aSteps) {
    Script.Builder a = Script.builder();
    for (int step = 0; step < aSteps; step++) {
      String event = "a" + step;
      a.run(() -> log.add(event));
    }
    sim.spawn("a", a.build());
    sim.spawn("b", Script.builder().run(() -> log.add("b0")).run(() -> log.add("b1")).build());
    sim.spawn("c", Script.builder().run(() -> sim.execute(() -> log.add("engine"))).build());
    return sim;
  }
}
