package org.loaderlab.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loaderlab bench SUITE}: runs one JMH suite and prints medians and ratios to its baseline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Run a JMH benchmark suite; print medians and ratios to its baseline.",
      "%nEvery invocation is timed once (single-shot); the figures are medians, each divided by the"
          + " median of the suite's baseline, measured in the same run.",
      "%nSuites: manifest-parse (parse a modules folder of generated manifests; param count, default"
          + " 10000), manifest-generate (generate and write the manifests of a source tree; param count,"
          + " default 1000), lifecycle (start with autoload=yes and shut down every module of a generated"
          + " catalog, against scanning it; param count, default 1000,10000,100000), simulation (complete seeded"
          + " simulations of 50 actions on a generated 50-module world, judged, against drawing their actions;"
          + " param runs per invocation, default 100; the steps they take are printed at setup).",
      "%nPeak heap: each invocation's peak heap after a GC, summed over the heap pools (median MB)."
          + " Growth: the median's ratio to the same benchmark's at the next smaller count, with the"
          + " count's own factor; linear cost grows as fast as the count."
    })
public final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SUITE", description = "The suite to run.")
  private String suiteName;

  @Option(names = "--param", paramLabel = "NAME=V1,V2", description = "A JMH @Param override, e.g. count=1000,10000.")
  private Map<String, String> params = Map.of();

  @Option(names = "--warmups", defaultValue = "5", description = "Warm-up invocations per fork (default: ${DEFAULT-VALUE}).")
  private int warmups;

  @Option(names = "--samples", defaultValue = "15", description = "Measured invocations per fork (default: ${DEFAULT-VALUE}).")
  private int samples;

  @Option(names = "--forks", defaultValue = "1", description = "Fresh JVMs per benchmark (default: ${DEFAULT-VALUE}).")
  private int forks;

  @Option(names = "--jvm-arg", paramLabel = "ARG", description = "An option for the forked benchmark JVMs,"
      + " repeatable; replaces the suite's own (lifecycle: -XX:+UseParallelGC; the others: none).")
  private List<String> jvmArgs;

  @Option(names = "--quiet", description = "Print only the summary, not JMH's progress.")
  private boolean quiet;

  @Override
  public Integer call() throws RunnerException {
    BenchSuite suite = BenchSuite.named(suiteName).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "unknown suite '" + suiteName + "'; known: " + BenchSuite.names()));
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(java.util.regex.Pattern.quote(suite.benchmark().getName()) + "\\.")
        .mode(Mode.SingleShotTime)
        .timeUnit(TimeUnit.MILLISECONDS)
        .warmupIterations(warmups)
        .measurementIterations(samples)
        .forks(forks)
        .jvmArgsAppend(forkArgs(suite).toArray(String[]::new))
        .shouldFailOnError(true)
        .addProfiler(LifecycleHeapProfiler.class)
        .addProfiler(GCProfiler.class)
        .verbosity(quiet ? VerboseMode.SILENT : VerboseMode.NORMAL);
    params.forEach((name, values) -> options.param(name, values.split(",")));
    Collection<RunResult> results = new Runner(options.build()).run();
    List<BenchReport.Row> rows = BenchReport.rows(results);
    spec.commandLine().getOut().println();
    spec.commandLine().getOut().println("loaderlab bench " + suite.commandName() + ": " + suite.summary());
    spec.commandLine().getOut().println("forked JVM options: " + (forkArgs(suite).isEmpty() ? "(the JVM's defaults)"
        : String.join(" ", forkArgs(suite))));
    spec.commandLine().getOut().print(BenchReport.render(rows));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private List<String> forkArgs(BenchSuite suite) {
    return jvmArgs == null ? suite.jvmArgs() : jvmArgs;
  }
}
