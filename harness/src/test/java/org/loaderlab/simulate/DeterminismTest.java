package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Property;

/**
 * Goal: a simulation is a pure function of world and settings: the same seed on the same world
 * gives the same trace and violations, byte for byte, under both schedulers; and the engine,
 * driven by random actions, never hangs, never throws and never runs code in an unmapped lib.
 * Method: a property over 200 seeds per scheduler on fixtures/worlds/seed, each seed run twice on
 * one prepared world ({@link DeterminismThousandSeedsTest} runs 1,000).
 */
class DeterminismTest {

  static final Path FIXTURES = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures"));

  private static PreparedWorld seedWorld;

  @BeforeAll
  static void prepare() {
    seedWorld = PreparedWorld.fromFolder(FIXTURES.resolve("worlds/seed")).orElseThrow();
  }

  @AfterAll
  static void close() {
    seedWorld.close();
  }

  /** Runs {@code seed} twice and asserts the two accounts are identical and clean. */
  static void checkSeed(PreparedWorld world, SimulationSettings settings) {
    SimulationRun first = Simulation.run(world, settings);
    SimulationRun second = Simulation.run(world, settings);
    assertThat(second.trace()).isEqualTo(first.trace());
    assertThat(second.violations()).isEqualTo(first.violations());
    assertThat(first.violations()).as(first.trace()).isEmpty();
    assertThat(first.trace()).contains("\nend quiescent at step ");
  }

  @Test
  void randomScheduler_sameSeed_sameTraceByteForByte() {
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(200).seed(5L)
        .check(seed -> checkSeed(seedWorld, SimulationSettings.of(seed).withActions(20)));
  }

  @Test
  void pctScheduler_sameSeed_sameTraceByteForByte() {
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(200).seed(6L).check(seed -> checkSeed(seedWorld,
        SimulationSettings.of(seed).withActions(20).withScheduler(SimulationSettings.SchedulerKind.PCT)));
  }

  @Test
  void delayedReleases_sameSeed_sameTraceByteForByte() {
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(100).seed(7L)
        .check(seed -> checkSeed(seedWorld, SimulationSettings.of(seed).withActions(20).withReleaseDelayStepsMax(12)));
  }

  @Test
  void differentSeeds_differentTraces() {
    SimulationSettings settings = SimulationSettings.of(1).withActions(20);
    String one = Simulation.run(seedWorld, settings).trace();
    String two = Simulation.run(seedWorld, settings.withSeed(2)).trace();
    assertThat(two).isNotEqualTo(one);
  }
}
