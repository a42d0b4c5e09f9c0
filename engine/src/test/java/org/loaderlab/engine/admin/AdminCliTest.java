package org.loaderlab.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/**
 * Goal: every admin command reaches the loader with exactly the operation Asterisk's syntax
 * means ({@code .so} accepted, {@code -f} honoured, keywords in any case), its answer is rendered
 * plainly whenever it comes, and no input, however wrong, gets anything but a one-line failure
 * with usage. Method: {@link FakeModuleLoader} records the calls and answers canned outcomes;
 * futures the test completes by hand stand for a runtime that has not run yet.
 */
class AdminCliTest {

  private final FakeModuleLoader loader = new FakeModuleLoader();
  private final AdminCli cli = new AdminCli(loader);

  private static ModuleName name(String name) {
    return ModuleName.of(name);
  }

  private AdminResult run(String command) {
    CompletableFuture<AdminResult> result = cli.run(command);
    assertThat(result).as("answered at once: " + command).isDone();
    return result.join();
  }

  private static ModuleStatus status(String name, ModuleStatus.State state) {
    return new ModuleStatus(name(name), Optional.of("the " + name), SupportLevel.CORE, state, true, false, 0,
        List.of(), List.of());
  }

  private void assertFailure(String command, String line) {
    AdminResult result = run(command);
    assertThat(result.success()).as(command).isFalse();
    assertThat(result.lines()).as(command).containsExactly(line);
  }

  // --- module load ---

  @Test
  void load_soSuffix_loadsTheModuleByItsName() {
    AdminResult result = run("module load chan_sip.so");
    assertThat(loader.calls).containsExactly("load chan_sip");
    assertThat(result).isEqualTo(AdminResult.ok(List.of("Loaded chan_sip")));
  }

  @Test
  void load_keywordsInAnyCase_andExtraSpaces() {
    run("  MODULE   Load\tchan_sip ");
    assertThat(loader.calls).containsExactly("load chan_sip");
  }

  @Test
  void load_refused_ownReasonOnFirstLine_otherRefusalsIndentedBelow() {
    Operation load = new Operation.Load(name("chan_sip"));
    loader.answer(load, FakeModuleLoader.outcome(load, false, List.of(
        new Refusal(name("cdr_custom"), "banned by neverload (modules.conf:9)"),
        new Refusal(name("chan_sip"), "it needs cdr_custom, which neverload bans")), List.of()));
    AdminResult result = run("module load chan_sip");
    assertThat(result.success()).isFalse();
    assertThat(result.lines()).containsExactly(
        "Unable to load chan_sip: it needs cdr_custom, which neverload bans",
        "  cdr_custom: banned by neverload (modules.conf:9)");
  }

  @Test
  void load_failedWithoutReason_saysSoPlainly() {
    Operation load = new Operation.Load(name("res_x"));
    loader.answer(load, FakeModuleLoader.outcome(load, false, List.of(), List.of()));
    assertThat(run("module load res_x").lines()).containsExactly("Unable to load res_x");
  }

  @Test
  void load_pendingOperation_answersWhenTheOperationCompletes() {
    Operation load = new Operation.Load(name("chan_sip"));
    CompletableFuture<Outcome> pending = loader.pending(load);
    CompletableFuture<AdminResult> result = cli.run("module load chan_sip");
    assertThat(result).isNotDone();
    pending.complete(FakeModuleLoader.outcome(load, true, List.of(), List.of()));
    assertThat(result.join().lines()).containsExactly("Loaded chan_sip");
  }

  @Test
  void load_futureFailed_isAFailedResultNamingTheCause() {
    Operation load = new Operation.Load(name("chan_sip"));
    loader.pending(load).completeExceptionally(new IllegalStateException("operation queue is full (100000)"));
    assertFailure("module load chan_sip", "Unable to load chan_sip: operation queue is full (100000)");
  }

  @Test
  void run_withDriver_runsTheRuntimeThenAnswers() {
    Operation load = new Operation.Load(name("chan_sip"));
    CompletableFuture<Outcome> pending = loader.pending(load);
    AdminResult result = cli.run("module load chan_sip",
        () -> pending.complete(FakeModuleLoader.outcome(load, true, List.of(), List.of())));
    assertThat(result.lines()).containsExactly("Loaded chan_sip");
  }

  @Test
  void run_withDriver_runtimeIdleBeforeAnswer_isAFailedResult() {
    loader.pending(new Operation.Load(name("chan_sip")));
    AdminResult result = cli.run("module load chan_sip", () -> {});
    assertThat(result).isEqualTo(AdminResult.failure(
        "command 'module load chan_sip' did not complete: the runtime went idle before the loader answered"));
  }

  @Test
  void load_badArguments_oneLineWithUsage() {
    assertFailure("module load", "missing module name; usage: module load <module>");
    assertFailure("module load a b", "unexpected argument 'b'; usage: module load <module>");
    assertFailure("module load -f chan_sip", "unknown option '-f'; usage: module load <module>");
    assertThat(loader.calls).isEmpty();
  }

  @Test
  void load_invalidName_reportedWithTheNamesOwnProblem() {
    assertFailure("module load ../x", "invalid module name '../x': use letters, digits and '_' only");
    assertFailure("module load .so", "empty module name '.so'");
    assertThat(loader.calls).isEmpty();
  }

  // --- module unload ---

  @Test
  void unload_plain_andForcedEitherSideOfTheName() {
    assertThat(run("module unload chan_sip.so").lines()).containsExactly("Unloaded chan_sip");
    run("module unload -f chan_sip");
    run("module unload chan_sip -f");
    assertThat(loader.calls).containsExactly("unload chan_sip", "unload -f chan_sip", "unload -f chan_sip");
  }

  @Test
  void unload_stillUsed_listsWhoItWaitsFor() {
    Operation unload = new Operation.Unload(name("chan_sip"), false);
    loader.answer(unload, FakeModuleLoader.outcome(unload, true, List.of(),
        List.of("chan_sip: channel:SIP/alice-0001", "chan_sip: dialplan:dialplan")));
    AdminResult result = run("module unload chan_sip");
    assertThat(result.success()).isTrue();
    assertThat(result.lines()).containsExactly(
        "Released chan_sip; it stops once these users are gone:",
        "  chan_sip: channel:SIP/alice-0001",
        "  chan_sip: dialplan:dialplan");
  }

  @Test
  void unload_badOptions_oneLineWithUsage() {
    assertFailure("module unload -h chan_sip", "unknown option '-h'; usage: module unload [-f] <module>");
    assertFailure("module unload -f", "missing module name; usage: module unload [-f] <module>");
    assertFailure("module unload a/b", "invalid module name 'a/b': use letters, digits and '_' only");
    assertThat(loader.calls).isEmpty();
  }

  // --- module reload ---

  @Test
  void reload_named_reloadsThatModule() {
    assertThat(run("module reload res_agi.so").lines()).containsExactly("Reloaded res_agi");
    assertThat(loader.calls).containsExactly("reload res_agi");
  }

  @Test
  void reload_noModule_reloadsEveryRunningModuleInNameOrder_oneAfterTheOther() {
    loader.statuses = List.of(status("res_b", ModuleStatus.State.RUNNING), status("app_a", ModuleStatus.State.RUNNING),
        status("func_c", ModuleStatus.State.NOT_RUNNING));
    Operation first = new Operation.Reload(name("app_a"));
    CompletableFuture<Outcome> pending = loader.pending(first);
    CompletableFuture<AdminResult> result = cli.run("module reload");
    assertThat(loader.calls).as("the second waits for the first").containsExactly("show", "reload app_a");
    pending.complete(FakeModuleLoader.outcome(first, true, List.of(), List.of()));
    assertThat(loader.calls).containsExactly("show", "reload app_a", "reload res_b");
    assertThat(result.join()).isEqualTo(AdminResult.ok(List.of("Reloaded app_a", "Reloaded res_b")));
  }

  @Test
  void reload_noModule_oneFails_wholeCommandFails() {
    loader.statuses = List.of(status("app_a", ModuleStatus.State.RUNNING), status("res_b", ModuleStatus.State.RUNNING));
    Operation second = new Operation.Reload(name("res_b"));
    loader.answer(second, FakeModuleLoader.outcome(second, false,
        List.of(new Refusal(name("res_b"), "manifest res_b.manifest has errors")), List.of()));
    AdminResult result = run("module reload");
    assertThat(result.success()).isFalse();
    assertThat(result.lines()).containsExactly("Reloaded app_a",
        "Unable to reload res_b: manifest res_b.manifest has errors");
  }

  @Test
  void reload_noModule_nothingRunning_saysSo() {
    loader.statuses = List.of(status("app_a", ModuleStatus.State.FAILED));
    assertThat(run("module reload")).isEqualTo(AdminResult.ok(List.of("No running modules to reload")));
  }

  @Test
  void reload_badArguments_oneLineWithUsage() {
    assertFailure("module reload a b", "unexpected argument 'b'; usage: module reload [<module>]");
    assertFailure("module reload -f a", "unknown option '-f'; usage: module reload [<module>]");
  }

  // --- module show ---

  @Test
  void show_all_isAsterisksTableOfEveryModule() {
    loader.statuses = List.of(status("chan_sip", ModuleStatus.State.RUNNING), status("app_dial", ModuleStatus.State.NOT_RUNNING));
    AdminResult result = run("module show");
    assertThat(result.success()).isTrue();
    assertThat(result.lines()).hasSize(4);
    assertThat(result.lines().get(0)).startsWith("Module ");
    assertThat(result.lines().get(1)).startsWith("app_dial ");
    assertThat(result.lines().get(3)).isEqualTo("2 modules loaded");
  }

  @Test
  void show_like_keepsNamesContainingThePatternInAnyCase() {
    loader.statuses = List.of(status("chan_sip", ModuleStatus.State.RUNNING), status("app_dial", ModuleStatus.State.RUNNING),
        status("res_sip_x", ModuleStatus.State.RUNNING));
    AdminResult result = run("module show LIKE SIP");
    assertThat(result.lines()).extracting(line -> line.split(" ")[0])
        .containsExactly("Module", "chan_sip", "res_sip_x", "2");
  }

  @Test
  void show_badArguments_oneLineWithUsage() {
    assertFailure("module show like", "missing pattern after 'like'; usage: module show [like <pattern>]");
    assertFailure("module show sip", "unexpected argument 'sip'; usage: module show [like <pattern>]");
    assertFailure("module show like sip x", "unexpected argument 'x'; usage: module show [like <pattern>]");
    assertThat(loader.calls).isEmpty();
  }

  // --- module why / why-not ---

  @Test
  void why_andWhyNot_printTheLoadersCauseChainLineByLine() {
    loader.whyText = "res_b runs because:\n  dependent:res_a holds it\n";
    loader.whyNotText = "app_system is not running: neverload bans it (modules.conf:7)";
    assertThat(run("module why res_b.so").lines()).containsExactly("res_b runs because:", "  dependent:res_a holds it");
    assertThat(run("module why-not app_system").lines())
        .containsExactly("app_system is not running: neverload bans it (modules.conf:7)");
    assertThat(loader.calls).containsExactly("why res_b", "why-not app_system");
  }

  @Test
  void why_emptyExplanation_stillAnswersOneLine() {
    assertThat(run("module why res_b").lines()).containsExactly("nothing is known about res_b");
  }

  @Test
  void why_missingModule_oneLineWithUsage() {
    assertFailure("module why", "missing module name; usage: module why <module>");
    assertFailure("module why-not", "missing module name; usage: module why-not <module>");
  }

  // --- core stop ---

  @Test
  void coreStop_nowAndGracefully_shutDownAccordingly() {
    assertThat(run("core stop now").lines()).containsExactly("Core stopped now");
    assertThat(run("core stop gracefully").lines()).containsExactly("Core stopped gracefully");
    assertThat(loader.calls).containsExactly("shutdown now", "shutdown gracefully");
  }

  @Test
  void coreStop_gracefullyWithUsers_listsThem() {
    Operation stop = new Operation.Shutdown(true);
    loader.answer(stop, FakeModuleLoader.outcome(stop, true, List.of(), List.of("chan_sip: channel:SIP/bob-0002")));
    assertThat(run("core stop gracefully").lines()).containsExactly(
        "Stopping core gracefully; waiting for these users to go:", "  chan_sip: channel:SIP/bob-0002");
  }

  @Test
  void coreStop_badArguments_oneLineWithUsage() {
    assertFailure("core", "incomplete command 'core'; usage: core stop now|gracefully");
    assertFailure("core start", "unknown command 'core start'; usage: core stop now|gracefully");
    assertFailure("core stop", "missing mode; usage: core stop now|gracefully");
    assertFailure("core stop later", "unknown mode 'later'; usage: core stop now|gracefully");
    assertFailure("core stop now please", "unexpected argument 'please'; usage: core stop now|gracefully");
    assertThat(loader.calls).isEmpty();
  }

  // --- plan ---

  @Test
  void planLoad_asksForTheDryRun_andPrintsItsText() {
    Operation load = new Operation.Load(name("chan_sip"));
    loader.plan = new Plan(load, List.of(new PlanStep.OpenLib(name("chan_sip"), "the admin asked")), List.of(), List.of());
    AdminResult result = run("plan load chan_sip.so");
    assertThat(loader.calls).containsExactly("plan module load chan_sip");
    assertThat(result).isEqualTo(AdminResult.ok(List.of("plan: module load chan_sip",
        "  open  lib  chan_sip  (the admin asked)")));
  }

  @Test
  void planUnload_forced_asksForTheForcedDryRun() {
    run("plan unload -f chan_sip");
    run("plan UNLOAD chan_sip");
    assertThat(loader.calls).containsExactly("plan module unload -f chan_sip", "plan module unload chan_sip");
  }

  @Test
  void plan_refused_isAFailedResultListingTheRefusals() {
    Operation load = new Operation.Load(name("app_system"));
    loader.plan = new Plan(load, List.of(), List.of(new Refusal(name("app_system"), "neverload bans it")), List.of());
    AdminResult result = run("plan load app_system");
    assertThat(result.success()).isFalse();
    assertThat(result.lines()).containsExactly("plan: module load app_system (refused)", "refused:",
        "  app_system: neverload bans it");
  }

  @Test
  void plan_badArguments_oneLineWithUsage() {
    assertFailure("plan", "incomplete command 'plan'; commands: plan load|unload");
    assertFailure("plan reload x", "unknown command 'plan reload'; commands: plan load|unload");
    assertFailure("plan load -f x", "unknown option '-f'; usage: plan load <module>");
    assertFailure("plan unload", "missing module name; usage: plan unload [-f] <module>");
    assertThat(loader.calls).isEmpty();
  }

  // --- anything else ---

  @Test
  void unknownAndIncompleteCommands_oneLineListingTheCommands() {
    String commands = "commands: module load|unload|reload|show|why|why-not, core stop, plan load|unload, help";
    assertFailure("", "empty command; " + commands);
    assertFailure("   \t ", "empty command; " + commands);
    assertFailure("frobnicate now", "unknown command 'frobnicate'; " + commands);
    assertFailure("module", "incomplete command 'module'; commands: module load|unload|reload|show|why|why-not");
    assertFailure("module frob x", "unknown command 'module frob'; commands: module load|unload|reload|show|why|why-not");
    assertThat(loader.calls).isEmpty();
  }

  @Test
  void hostileInput_oneLineFailure_neverAnException() {
    assertFailure("module load " + "x".repeat(5000), "command is 5012 characters long, the limit is 4096");
    assertFailure("module load" + " x".repeat(70), "command has more than 64 words");
    assertFailure("module load chan\u0000sip", "unexpected argument 'sip'; usage: module load <module>");
    assertFailure("module load \"chan_sip\"", "invalid module name '\"chan_sip\"': use letters, digits and '_' only");
    assertThat(loader.calls).isEmpty();
  }

  @Test
  void help_listsUsages_orThoseOfATopic() {
    assertThat(run("help").lines()).isEqualTo(AdminCli.usages()).hasSize(10);
    assertThat(run("help core").lines()).containsExactly("core stop now|gracefully");
    assertThat(run("HELP module un").lines()).containsExactly("module unload [-f] <module>");
    assertThat(run("help frob").success()).isFalse();
  }
}
