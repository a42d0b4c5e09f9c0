package org.loaderlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.simulate.PreparedWorld;
import org.loaderlab.world.World;

/**
 * Goal: the simulation benchmark measures what it claims: a clean 50-module world, runs that
 * find no violation, and a batch whose steps are the same at setup and when measured. Method:
 * the benchmark's methods called directly with a small batch.
 */
class SimulationBenchmarkTest {

  @Test
  void spec_fiftyModules_readsWithoutErrors() {
    try (PreparedWorld world = PreparedWorld.of(World.generate(SimulationBenchmark.spec(SimulationBenchmark.MODULES))).orElseThrow()) {
      assertThat(world.view().modules()).hasSize(50);
      assertThat(world.view().techs()).hasSize(10);
      assertThat(world.view().apis()).hasSize(40);
      assertThat(world.view().threads()).hasSize(17);
    }
  }

  @Test
  void simulate_smallBatch_stepsAsAtSetup() {
    SimulationBenchmark benchmark = new SimulationBenchmark();
    benchmark.runs = 5;
    benchmark.prepare();
    try {
      assertThat(benchmark.steps()).isPositive();
      assertThat(benchmark.simulate()).isEqualTo(benchmark.steps());
    } finally {
      benchmark.close();
    }
  }

  @Test
  void suite_simulationIsListed() {
    assertThat(BenchSuite.named("simulation")).contains(BenchSuite.SIMULATION);
  }
}
