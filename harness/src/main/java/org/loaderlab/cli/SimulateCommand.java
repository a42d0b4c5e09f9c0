package org.loaderlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.simulate.ActionGen;
import org.loaderlab.simulate.LoaderKind;
import org.loaderlab.simulate.Simulation;
import org.loaderlab.simulate.SimulationRun;
import org.loaderlab.simulate.SimulationSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loaderlab simulate --world W [--loader engine|legacy] [--seed N] [--actions N]
 * [--scheduler random|pct] [--delay-releases MAX] [--trace FILE] [--violations-json FILE]}: one
 * seeded simulation on a world, its trace and every violation; the same arguments give the same
 * output byte for byte.
 *
 * <p>The JSON goes to a file, not to standard output: a CI job keeps the readable trace in its
 * log and hands the file to a parser or an artifact store, and nothing has to be split apart.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Run a loader in a simulated world: seeded random actions, then shutdown; print the trace and every violation.",
      "%nThe world folder holds modules/ (manifests and fake .so binaries) and etc/; it is copied into memory"
          + " and checked first: a broken file is reported with file and line, and nothing runs. Then the loader"
          + " starts as modules.conf says and an admin performs N actions drawn from the seed (loads, unloads,"
          + " forced unloads, calls on channels, optional-API calls, thread exits, dialplan reloads, and now and"
          + " then a hot install: a new module, an edited manifest, or a binary rebuilt so its checksum no longer"
          + " matches), then a shutdown, while channels and callers run between its steps in an order drawn from"
          + " the same seed. The same arguments give the same output, byte for byte."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no violation",
      "1:a violation was found",
      "2:bad usage, a world that cannot be read, or a loader not available"
    })
final class SimulateCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--world", required = true, paramLabel = "DIR", description = "The world folder (holding modules/ and etc/).")
  private Path world;

  @Option(names = "--loader", defaultValue = "engine", paramLabel = "engine|legacy",
      description = "The loader under test (default: ${DEFAULT-VALUE}).")
  private String loader;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seeds every random choice (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--actions", defaultValue = "" + SimulationSettings.ACTIONS_DEFAULT, paramLabel = "N",
      description = "Actions before the final shutdown (default: ${DEFAULT-VALUE}).")
  private int actions;

  @Option(names = "--scheduler", defaultValue = "random", paramLabel = "random|pct",
      description = "How the next task is picked: uniformly, or PCT priorities (default: ${DEFAULT-VALUE}).")
  private String scheduler;

  @Option(names = "--delay-releases", defaultValue = "0", paramLabel = "MAX",
      description = "Postpone every release that channels and module code make (cancels included) by 0 to MAX"
          + " steps drawn from the seed, to expose code that assumes disposal is immediate; 0 is off"
          + " (default: ${DEFAULT-VALUE}, at most " + SimulationSettings.RELEASE_DELAY_STEPS_MAX + ").")
  private int delayReleases;

  @Option(names = "--trace", paramLabel = "FILE", description = "Write the trace to FILE instead of printing it.")
  private Path traceFile;

  @Option(names = "--violations-json", paramLabel = "FILE",
      description = "Also write the violations to FILE as JSON: the settings, the count, and each violation's"
          + " family, kind, step, modules, message and causal chain. Written whether or not there is one.")
  private Path jsonFile;

  @Override
  public Integer call() {
    SimulationSettings settings = settings();
    if (!Files.isDirectory(world)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + world);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SimulationRun run = Simulation.run(world, settings);
    for (Diagnostic problem : run.worldProblems()) {
      err.println(problem);
    }
    err.flush();
    if (run.worldFailed()) {
      return 2;
    }
    if (traceFile == null) {
      out.print(run.trace());
    } else if (!write(traceFile, run.trace(), "the trace", err)) {
      return 2;
    }
    if (jsonFile != null && !write(jsonFile, run.violationsJson(), "the violations", err)) {
      return 2;
    }
    for (String violation : run.violations()) {
      out.print("violation: " + violation + "\n");
    }
    // "\n", not println: the output is the same bytes on every platform.
    out.print(run.violations().size() + (run.violations().size() == 1 ? " violation\n" : " violations\n"));
    out.flush();
    return run.violations().isEmpty() ? 0 : 1;
  }

  private static boolean write(Path file, String text, String what, PrintWriter err) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("cannot write " + what + " to " + file + ": " + e.getMessage());
      err.flush();
      return false;
    }
  }

  /** The settings the options ask for; a bad value is a usage error (exit 2). */
  private SimulationSettings settings() {
    LoaderKind kind = switch (loader.toLowerCase(Locale.ROOT)) {
      case "engine" -> LoaderKind.ENGINE;
      case "legacy" -> LoaderKind.LEGACY;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown loader '" + loader + "': use engine or legacy");
    };
    SimulationSettings.SchedulerKind picked = switch (scheduler.toLowerCase(Locale.ROOT)) {
      case "random" -> SimulationSettings.SchedulerKind.RANDOM;
      case "pct" -> SimulationSettings.SchedulerKind.PCT;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown scheduler '" + scheduler + "': use random or pct");
    };
    if (actions < 0 || actions > ActionGen.ACTIONS_MAX) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--actions must be in [0, " + ActionGen.ACTIONS_MAX + "], was " + actions);
    }
    if (delayReleases < 0 || delayReleases > SimulationSettings.RELEASE_DELAY_STEPS_MAX) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--delay-releases must be in [0, " + SimulationSettings.RELEASE_DELAY_STEPS_MAX + "], was " + delayReleases);
    }
    return SimulationSettings.of(seed).withLoader(kind).withActions(actions).withScheduler(picked)
        .withReleaseDelayStepsMax(delayReleases);
  }
}
