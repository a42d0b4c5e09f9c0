package org.loaderlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loaderlab.engine.admin.PlanRenderer;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loaderlab plan --world DIR (load|unload [-f]) MODULE [--json]}: the dry run of one admin
 * operation on a world, printed and not applied.
 *
 * <ol>
 *   <li>Read the world ({@link PlanWorld}); its problems go to stderr, file:line first.
 *   <li>Build the engine with the dry {@link PlanWorldLinker} and the single-threaded
 *       {@link PlanRuntime}, and (unless {@code --no-startup}) start it as modules.conf says.
 *   <li>Ask the engine for the operation's plan and print it as text or JSON
 *       ({@link PlanRenderer}).
 * </ol>
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Print what loading or unloading a module would do in a world, without doing it (the dry run).",
      "%nThe world folder holds modules/ and etc/ (modules.conf, extconfig.conf, extensions.conf; a missing"
          + " file counts as empty). The engine first starts as modules.conf says, with a linker that opens no"
          + " binary: every module's code succeeds and registers what its manifest provides. Then the"
          + " operation is planned on that state and printed: each step (open lib, start, hold, release,"
          + " cancel, stop, close lib) with its reason, then what is refused and which users it waits for."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the operation would go ahead",
      "1:the operation would be refused, or the engine failed",
      "2:bad usage, or a world that cannot be read"
    })
final class PlanCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--world", required = true, paramLabel = "DIR", description = "The world folder (holding modules/ and etc/).")
  private Path world;

  @Option(names = "--json", description = "Print the plan as JSON instead of text (schema: org.loaderlab.engine.admin.PlanRenderer).")
  private boolean json;

  @Option(names = "-f", description = "With unload: also cancel every user of the module (module unload -f).")
  private boolean force;

  @Option(names = "--no-startup",
      description = "Plan on an engine that has started nothing, instead of one started as modules.conf says.")
  private boolean noStartup;

  @Parameters(index = "0", paramLabel = "load|unload", description = "The operation to plan.")
  private String action;

  @Parameters(index = "1", paramLabel = "MODULE", description = "The module, with or without .so.")
  private String module;

  @Override
  public Integer call() {
    Operation operation = operation();
    if (!Files.isDirectory(world)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + world);
    }
    PrintWriter err = spec.commandLine().getErr();
    Parsed<PlanWorld> read = PlanWorld.read(world, ConfLimits.DEFAULTS);
    for (Diagnostic problem : read.diagnostics()) {
      err.println(problem);
    }
    err.flush();
    if (read.value().isEmpty()) {
      return 2;
    }
    PlanWorld planned = read.orElseThrow();
    PlanRuntime runtime = new PlanRuntime();
    ModuleLoader loader = PlanLoader.build(planned, new PlanWorldLinker(planned.catalog()), runtime);
    if (!noStartup && !WorldStartup.start(loader, runtime, err)) {
      return 1;
    }
    Plan plan = loader.plan(operation);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? PlanRenderer.json(plan) : PlanRenderer.text(plan));
    out.flush();
    return plan.refusals().isEmpty() ? 0 : 1;
  }

  /** The operation the arguments ask for; bad arguments are usage errors (exit 2). */
  private Operation operation() {
    Optional<String> invalid = ModuleName.problem(module);
    if (invalid.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(), invalid.get());
    }
    ModuleName name = ModuleName.of(module);
    switch (action.toLowerCase(Locale.ROOT)) {
      case "load":
        if (force) {
          throw new CommandLine.ParameterException(spec.commandLine(), "-f applies to unload only");
        }
        return new Operation.Load(name);
      case "unload":
        return new Operation.Unload(name, force);
      default:
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown operation '" + action + "': use load or unload");
    }
  }
}
