package org.loaderlab.bench;

import java.util.Arrays;
import java.util.List;
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
  // Starting and stopping a whole catalog is a batch job on one loader thread: the throughput
  // collector is what a deployment of that size would run. The JVM's default G1 spends its write
  // barriers and concurrent refinement on the engine's growing state, and on two cores its
  // refinement threads take turns with the loader (about 5.4 s against 4.3 s at 100,000 modules);
  // `--jvm-arg=-XX:+UseG1GC` measures it.
  LIFECYCLE(LifecycleBenchmark.class, "start (autoload) and shut down every module of a generated catalog",
      "-XX:+UseParallelGC"),
  SIMULATION(SimulationBenchmark.class, "complete 50-action simulations on a generated 50-module world, judged");

  private final Class<?> benchmark;
  private final String summary;
  private final List<String> jvmArgs;

  BenchSuite(Class<?> benchmark, String summary, String... jvmArgs) {
    this.benchmark = benchmark;
    this.summary = summary;
    this.jvmArgs = List.of(jvmArgs);
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

  /** The options the suite's forked JVMs get unless the command line gives its own. */
  List<String> jvmArgs() {
    return jvmArgs;
  }

  static Optional<BenchSuite> named(String name) {
    return Arrays.stream(values()).filter(suite -> suite.commandName().equals(name)).findFirst();
  }

  static String names() {
    return Arrays.stream(values()).map(BenchSuite::commandName).collect(Collectors.joining(", "));
  }
}
