package org.loaderlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goal: the suites `loaderlab bench` knows are found by their command names, and only the
 * lifecycle suite forks its JVMs with options of its own (the throughput collector, see
 * {@link BenchSuite}), so every other figure is measured on the JVM's defaults.
 */
class BenchSuiteTest {

  @Test
  void named_findsEverySuiteByItsCommandName_andNothingElse() {
    assertThat(BenchSuite.names()).isEqualTo("manifest-parse, manifest-generate, lifecycle, simulation");
    assertThat(BenchSuite.named("lifecycle")).contains(BenchSuite.LIFECYCLE);
    assertThat(BenchSuite.named("LIFECYCLE")).isEmpty();
  }

  @Test
  void jvmArgs_onlyTheLifecycleSuiteChoosesItsCollector() {
    assertThat(BenchSuite.LIFECYCLE.jvmArgs()).containsExactly("-XX:+UseParallelGC");
    assertThat(BenchSuite.MANIFEST_PARSE.jvmArgs()).isEmpty();
    assertThat(BenchSuite.MANIFEST_GENERATE.jvmArgs()).isEmpty();
    assertThat(BenchSuite.SIMULATION.jvmArgs()).isEmpty();
  }
}
