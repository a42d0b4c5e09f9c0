package org.loaderlab.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The benchmarks {@code loaderlab bench} knows. Each is one JMH class whose {@code baseline}
 * method is measured in the same run as the others, so a figure always comes with its ratio.
 */
enum BenchSuite {
  MANIFEST_PARSE(ManifestParseBenchmark.class, "parse a modules folder of generated manifests"),
  MANIFEST_GENERATE(ManifestGenerateBenchmark.class, "generate and write the manifests of a generated source tree"),
  LIFECYCLE(LifecycleBenchmark.class, "start (autoload) and shut down every module of a generated catalog"),
  SIMULATION(SimulationBenchmark.class, "complete 50-action simulations on a generated 50-module world, judged");

  private final Class<?> benchmark;
  private final String summary;

  BenchSuite(Class<?> benchmark, String summary) {
    this.benchmark = benchmark;
    this.summary = summary;
  }

  /** {@code manifest-parse}. */
  String commandName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  Class<?> benchmark() {
    return benchmark;
  }

  String summary() {
    return summary;
  }

  static Optional<BenchSuite> named(String name) {
    return Arrays.stream(values()).filter(suite -> suite.commandName().equals(name)).findFirst();
  }

  static String names() {
    return Arrays.stream(values()).map(BenchSuite::commandName).collect(Collectors.joining(", "));
  }
}
