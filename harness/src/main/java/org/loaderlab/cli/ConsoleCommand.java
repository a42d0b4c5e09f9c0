package org.loaderlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.loaderlab.engine.admin.AdminCli;
import org.loaderlab.engine.admin.AdminResult;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loaderlab console --world DIR [-x COMMAND]...}: Asterisk's admin commands on a started
 * world, like {@code asterisk -rx}: the engine runs for real, over a linker that opens no binary.
 */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = {
      "Run Asterisk admin commands on a world: module load|unload [-f]|reload|show [like P]|why|why-not,"
          + " core stop now|gracefully, plan load|unload [-f].",
      "%nThe engine starts as the world's modules.conf says, over a linker that opens no binary (every"
          + " module's code succeeds and registers what its manifest provides), then runs each -x"
          + " command in order, or each line of standard input when there is no -x. Every command is"
          + " echoed after a '*CLI>' prompt, as Asterisk's console shows it."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every command succeeded", "1:a command failed", "2:bad usage, or a world that cannot be read"})
final class ConsoleCommand implements Callable<Integer> {

  /** Commands read from standard input; a longer script is not a console session. */
  private static final int COMMANDS_MAX = 10_000;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--world", required = true, paramLabel = "DIR", description = "The world folder (holding modules/ and etc/).")
  private Path world;

  @Option(names = "-x", paramLabel = "COMMAND", description = "A command to run; repeatable. Without -x, commands come from standard input.")
  private List<String> commands = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(world)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + world);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Parsed<PlanWorld> read = PlanWorld.read(world, ConfLimits.DEFAULTS);
    read.diagnostics().stream().map(Diagnostic::toString).forEach(err::println);
    err.flush();
    if (read.value().isEmpty()) {
      return 2;
    }
    PlanWorld planned = read.orElseThrow();
    PlanRuntime runtime = new PlanRuntime();
    ModuleLoader loader = PlanLoader.build(planned, new PlanWorldLinker(planned.catalog()), runtime);
    if (!WorldStartup.start(loader, runtime, err)) {
      return 1;
    }
    AdminCli cli = new AdminCli(loader);
    boolean allSucceeded = true;
    for (String command : commands.isEmpty() ? standardInput() : commands) {
      if (command.isBlank()) {
        continue;
      }
      out.println("*CLI> " + command.strip());
      AdminResult result = cli.run(command, runtime::runUntilIdle);
      result.lines().forEach(out::println);
      allSucceeded &= result.success();
    }
    out.flush();
    return allSucceeded ? 0 : 1;
  }

  private static List<String> standardInput() throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null && lines.size() < COMMANDS_MAX; line = in.readLine()) {
      lines.add(line);
    }
    return lines;
  }
}
