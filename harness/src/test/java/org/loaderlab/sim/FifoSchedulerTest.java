package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/** Goal: FIFO always runs the oldest enabled task and draws nothing from the tape. */
class FifoSchedulerTest {

  @Test
  void pick_alwaysOldestEnabled() {
    ChoiceTape tape = ChoiceTape.replay(new int[0], 1);
    SimRuntime sim = SimRuntime.builder(tape, new FifoScheduler()).build();
    sim.spawn("a", Script.builder().run(() -> {}).sleepMs(5).run(() -> {}).build());
    sim.spawn("b", context -> Step.done());

    sim.run();

    // a runs until it sleeps, b runs while a sleeps, then a finishes.
    assertThat(sim.schedule().chosenNames()).containsExactly("a", "a", "b", "a");
    assertThat(tape.drawCount()).isZero();
  }
}
