package org.loaderlab.simulate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Property;

/**
 * Goal: issue #5's "determinism property green over 1,000 seeds": 1,000 seeds of 50-action runs
 * on fixtures/worlds/seed, each run twice, byte-identical traces and no violation. Method: the
 * property of {@link DeterminismTest} at 1,000 tries, half random, half PCT scheduling.
 */
class DeterminismThousandSeedsTest {

  private static PreparedWorld seedWorld;

  @BeforeAll
  static void prepare() {
    seedWorld = PreparedWorld.fromFolder(DeterminismTest.FIXTURES.resolve("worlds/seed")).orElseThrow();
  }

  @AfterAll
  static void close() {
    seedWorld.close();
  }

  @Test
  void thousandSeeds_fiftyActions_sameTraceByteForByte() {
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(1_000).seed(1_000L).check(seed -> DeterminismTest.checkSeed(
        seedWorld, SimulationSettings.of(seed).withScheduler((seed & 1) == 0
            ? SimulationSettings.SchedulerKind.RANDOM : SimulationSettings.SchedulerKind.PCT)));
  }
}
