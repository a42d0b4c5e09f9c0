package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: the random scheduler draws every choice from the tape and covers the interleavings
 * uniformly. Method: three one-step tasks have 6 orders; over 1,200 seeds each order should come
 * up about 200 times (the bounds are over 4 standard deviations wide, and the seeds are fixed).
 */
class RandomSchedulerTest {

  private static final int SEEDS = 1_200;

  @Test
  void pick_overSeeds_coversEveryOrderUniformly() {
    Map<String, Integer> counts = new TreeMap<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      ChoiceTape tape = ChoiceTape.random(seed, 100);
      SimRuntime sim = SimRuntime.builder(tape, new RandomScheduler(tape)).build();
      for (String name : new String[] {"a", "b", "c"}) {
        sim.spawn(name, context -> Step.done());
      }
      sim.run();
      counts.merge(String.join("", sim.schedule().chosenNames()), 1, Integer::sum);
    }

    assertThat(counts).containsOnlyKeys("abc", "acb", "bac", "bca", "cab", "cba");
    assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(140, 260));
  }

  @Test
  void pick_replayedTape_followsChoices() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {2, 1}, 100);
    SimRuntime sim = SimRuntime.builder(tape, new RandomScheduler(tape)).build();
    for (String name : new String[] {"a", "b", "c"}) {
      sim.spawn(name, context -> Step.done());
    }

    sim.run();

    // 2 of [a, b, c], then 1 of [a, b], then the last one without a draw.
    assertThat(sim.schedule().chosenNames()).containsExactly("c", "b", "a");
    assertThat(tape.drawCount()).isEqualTo(2);
  }

  @Test
  void pick_shrunkTape_isFifo() {
    ChoiceTape tape = ChoiceTape.replay(new int[0], 100);
    SimRuntime sim = SimRuntime.builder(tape, new RandomScheduler(tape)).build();
    for (String name : new String[] {"a", "b", "c"}) {
      sim.spawn(name, context -> Step.done());
    }

    sim.run();

    assertThat(sim.schedule().chosenNames()).containsExactly("a", "b", "c");
  }
}
