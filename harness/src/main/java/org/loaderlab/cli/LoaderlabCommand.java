package org.loaderlab.cli;

import org.loaderlab.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code loaderlab} command: the front door for QA, reviewers and CI. Each subcommand is
 * its own class; this one only wires them and maps exit codes (0 clean, 1 problems found,
 * 2 usage or input error).
 */
@Command(
    name = "loaderlab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A manifest-based module loader for Asterisk, and the harness that judges it.",
    subcommands = {ManifestCommand.class, PlanCommand.class, ConsoleCommand.class, SimulateCommand.class, BenchCommand.class})
public final class LoaderlabCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests that run it in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new LoaderlabCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
