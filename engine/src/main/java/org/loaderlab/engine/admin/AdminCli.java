package org.loaderlab.engine.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.loaderlab.engine.admin.OutcomeText.Verb;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;

/**
 * Asterisk's module commands, interpreted over a {@link ModuleLoader}:
 *
 * <pre>
 * module load &lt;module&gt;            module why &lt;module&gt;
 * module unload [-f] &lt;module&gt;     module why-not &lt;module&gt;
 * module reload [&lt;module&gt;]        core stop now|gracefully
 * module show [like &lt;pattern&gt;]    plan load &lt;module&gt;
 * help                             plan unload [-f] &lt;module&gt;
 * </pre>
 *
 * <p>Words are separated by white space; command words match ignoring case, as Asterisk's CLI
 * does; a module may be written {@code chan_sip.so}. {@code module reload} without a module
 * reloads every running module, one after the other in name order (Asterisk's
 * {@code module reload} with no argument reloads everything). {@code plan load|unload} is the dry
 * run: the steps the operation would take now, without taking them.
 *
 * <p>Every command answers an {@link AdminResult}; bad input is a failed result of one line (what
 * is wrong and the usage), never an exception.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AdminCli {

  private static final String COMMANDS = "module load|unload|reload|show|why|why-not, core stop, plan load|unload, help";
  private static final String MODULE_COMMANDS = "module load|unload|reload|show|why|why-not";
  private static final String PLAN_COMMANDS = "plan load|unload";
  private static final String LOAD = "module load <module>";
  private static final String UNLOAD = "module unload [-f] <module>";
  private static final String RELOAD = "module reload [<module>]";
  private static final String SHOW = "module show [like <pattern>]";
  private static final String WHY = "module why <module>";
  private static final String WHY_NOT = "module why-not <module>";
  private static final String STOP = "core stop now|gracefully";
  private static final String PLAN_LOAD = "plan load <module>";
  private static final String PLAN_UNLOAD = "plan unload [-f] <module>";
  private static final String HELP = "help";
  private static final List<String> USAGES =
      List.of(LOAD, UNLOAD, RELOAD, SHOW, WHY, WHY_NOT, STOP, PLAN_LOAD, PLAN_UNLOAD, HELP);

  private final ModuleLoader loader;

  public AdminCli(ModuleLoader loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** Every command's usage, one per line. */
  public static List<String> usages() {
    return USAGES;
  }

  /**
   * Runs one command line.
   *
   * <p>Input problems and the commands that only read ({@code module show}, {@code why},
   * {@code why-not}, {@code plan}, {@code help}) answer with a completed future. {@code load},
   * {@code unload}, {@code reload} and {@code core stop} complete when the loader's operation
   * does, which happens on the loader's runtime: with a single-threaded runtime the caller must
   * run it (or use {@link #run(String, Runnable)}).
   *
   * @param command a command line, such as {@code module unload -f chan_sip.so}
   * @return never {@code null}; never completes exceptionally (a failed operation is a failed
   *     result saying why)
   */
  public CompletableFuture<AdminResult> run(String command) {
    Objects.requireNonNull(command, "command");
    CommandWords.Split split = CommandWords.split(command);
    if (split.problem().isPresent()) {
      return failed(split.problem().get());
    }
    List<String> words = split.words();
    if (words.isEmpty()) {
      return failed("empty command; commands: " + COMMANDS);
    }
    switch (keyword(words, 0)) {
      case "module":
        return module(words);
      case "core":
        return core(words);
      case "plan":
        return CompletableFuture.completedFuture(plan(words));
      case "help":
        return CompletableFuture.completedFuture(help(words));
      default:
        return failed("unknown command '" + words.get(0) + "'; commands: " + COMMANDS);
    }
  }

  /**
   * Runs one command line and, if it has not completed at once, runs {@code runtimeDriver} (a
   * single-threaded runtime's "run until idle") once before answering.
   *
   * @return the command's result, or a failed result if the runtime went idle first
   */
  public AdminResult run(String command, Runnable runtimeDriver) {
    Objects.requireNonNull(runtimeDriver, "runtimeDriver");
    CompletableFuture<AdminResult> result = run(command);
    if (!result.isDone()) {
      runtimeDriver.run();
    }
    if (!result.isDone()) {
      return AdminResult.failure("command '" + OneLine.of(command.strip())
          + "' did not complete: the runtime went idle before the loader answered");
    }
    return result.join();
  }

  private CompletableFuture<AdminResult> module(List<String> words) {
    if (words.size() < 2) {
      return failed("incomplete command 'module'; commands: " + MODULE_COMMANDS);
    }
    List<String> args = words.subList(2, words.size());
    switch (keyword(words, 1)) {
      case "load":
        return onModule(args, false, true, LOAD, (module, force) -> operate(Verb.LOAD, module, () -> loader.load(module)));
      case "unload":
        return onModule(args, true, true, UNLOAD,
            (module, force) -> operate(Verb.UNLOAD, module, () -> loader.unload(module, force)));
      case "reload":
        return reload(args);
      case "show":
        return CompletableFuture.completedFuture(show(args));
      case "why":
        return onModule(args, false, true, WHY, (module, force) -> Explanation.of(() -> loader.why(module), module));
      case "why-not":
        return onModule(args, false, true, WHY_NOT, (module, force) -> Explanation.of(() -> loader.whyNot(module), module));
      default:
        return failed("unknown command 'module " + words.get(1) + "'; commands: " + MODULE_COMMANDS);
    }
  }

  /** What to do with a command's module once its arguments parsed. */
  private interface ModuleAction {
    CompletableFuture<AdminResult> apply(ModuleName module, boolean force);
  }

  private static CompletableFuture<AdminResult> onModule(List<String> args, boolean forceAllowed, boolean required,
      String usage, ModuleAction action) {
    ModuleArgs parsed = ModuleArgs.parse(args, forceAllowed, required, usage);
    if (parsed.problem().isPresent()) {
      return failed(parsed.problem().get());
    }
    return action.apply(parsed.module().orElseThrow(), parsed.force());
  }

  private CompletableFuture<AdminResult> reload(List<String> args) {
    ModuleArgs parsed = ModuleArgs.parse(args, false, false, RELOAD);
    if (parsed.problem().isPresent()) {
      return failed(parsed.problem().get());
    }
    if (parsed.module().isPresent()) {
      ModuleName module = parsed.module().get();
      return operate(Verb.RELOAD, module, () -> loader.reload(module));
    }
    return ReloadRunning.run(loader, module -> operate(Verb.RELOAD, module, () -> loader.reload(module)));
  }

  private AdminResult show(List<String> args) {
    String like = "";
    if (args.size() == 2 && args.get(0).equalsIgnoreCase("like")) {
      like = args.get(1);
    } else if (args.size() == 1 && args.get(0).equalsIgnoreCase("like")) {
      return AdminResult.failure("missing pattern after 'like'; usage: " + SHOW);
    } else if (!args.isEmpty()) {
      int unexpected = args.get(0).equalsIgnoreCase("like") ? 2 : 0;
      return AdminResult.failure("unexpected argument '" + args.get(unexpected) + "'; usage: " + SHOW);
    }
    try {
      return AdminResult.ok(ModuleTable.render(loader.show(), like));
    } catch (RuntimeException e) {
      return AdminResult.failure("unable to show modules: " + OneLine.of(String.valueOf(e.getMessage())));
    }
  }

  private CompletableFuture<AdminResult> core(List<String> words) {
    if (words.size() < 2) {
      return failed("incomplete command 'core'; usage: " + STOP);
    }
    if (!keyword(words, 1).equals("stop")) {
      return failed("unknown command 'core " + words.get(1) + "'; usage: " + STOP);
    }
    if (words.size() < 3) {
      return failed("missing mode; usage: " + STOP);
    }
    if (words.size() > 3) {
      return failed("unexpected argument '" + words.get(3) + "'; usage: " + STOP);
    }
    String mode = keyword(words, 2);
    if (!mode.equals("now") && !mode.equals("gracefully")) {
      return failed("unknown mode '" + words.get(2) + "'; usage: " + STOP);
    }
    boolean graceful = mode.equals("gracefully");
    return submit(Verb.STOP, mode, Optional.empty(), () -> loader.shutdown(graceful));
  }

  private AdminResult plan(List<String> words) {
    if (words.size() < 2) {
      return AdminResult.failure("incomplete command 'plan'; commands: " + PLAN_COMMANDS);
    }
    boolean unload = keyword(words, 1).equals("unload");
    if (!unload && !keyword(words, 1).equals("load")) {
      return AdminResult.failure("unknown command 'plan " + words.get(1) + "'; commands: " + PLAN_COMMANDS);
    }
    ModuleArgs parsed = ModuleArgs.parse(words.subList(2, words.size()), unload, true, unload ? PLAN_UNLOAD : PLAN_LOAD);
    if (parsed.problem().isPresent()) {
      return AdminResult.failure(parsed.problem().get());
    }
    ModuleName module = parsed.module().orElseThrow();
    Operation operation = unload ? new Operation.Unload(module, parsed.force()) : new Operation.Load(module);
    Plan plan;
    try {
      plan = loader.plan(operation);
    } catch (RuntimeException e) {
      return AdminResult.failure("unable to plan " + PlanRenderer.command(operation) + ": "
          + OneLine.of(String.valueOf(e.getMessage())));
    }
    List<String> lines = PlanRenderer.text(plan).lines().toList();
    return new AdminResult(plan.refusals().isEmpty(), lines);
  }

  private static AdminResult help(List<String> words) {
    String topic = String.join(" ", words.subList(1, words.size())).toLowerCase(Locale.ROOT);
    List<String> lines = new ArrayList<>();
    for (String usage : USAGES) {
      if (usage.startsWith(topic)) {
        lines.add(usage);
      }
    }
    if (lines.isEmpty()) {
      return AdminResult.failure("no command starts with '" + topic + "'; commands: " + COMMANDS);
    }
    return AdminResult.ok(lines);
  }

  private static CompletableFuture<AdminResult> operate(Verb verb, ModuleName module,
      Supplier<CompletableFuture<Outcome>> operation) {
    return submit(verb, module.toString(), Optional.of(module), operation);
  }

  /** Asks the loader, and renders its answer whenever it comes; a thrown or failed call is a failed result. */
  private static CompletableFuture<AdminResult> submit(Verb verb, String subject, Optional<ModuleName> module,
      Supplier<CompletableFuture<Outcome>> operation) {
    CompletableFuture<Outcome> outcome;
    try {
      outcome = Objects.requireNonNull(operation.get(), "the loader answered no future");
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(OutcomeText.failed(verb, subject, e));
    }
    return outcome.handle((done, failure) -> failure != null
        ? OutcomeText.failed(verb, subject, failure)
        : OutcomeText.render(verb, subject, module, done));
  }

  private static String keyword(List<String> words, int index) {
    return words.get(index).toLowerCase(Locale.ROOT);
  }

  private static CompletableFuture<AdminResult> failed(String line) {
    return CompletableFuture.completedFuture(AdminResult.failure(line));
  }
}
