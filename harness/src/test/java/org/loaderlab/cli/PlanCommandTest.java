package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal: {@code loaderlab plan} shows a reviewer what an operation would do in a real world
 * without doing it: dependencies open and start before their user, banned modules are refused
 * (exit 1), the JSON form is the documented schema, and bad usage or an unreadable world exits 2
 * with a sentence. Method: the command run in-process on fixtures/worlds/seed (drawn below) and
 * on a generated world of 300 modules.
 *
 * <pre>
 * seed, as modules.conf starts it (require=chan_sip; neverload app_system, func_shell):
 *   chan_sip ─▶ ccss, dnsmgr, udptl ─▶ extconfig          (manifest [uses])
 *   chan_sip ─▶ cdr_custom ─▶ cdr, res_timing_timerfd, res_rtp_asterisk ─▶ res_pjproject, pbx_config
 *   pbx_config ─▶ app_dial ─▶ ccss, app_stack (Gosub), func_global (GLOBAL), func_channel (CHANNEL),
 *                 res_config_sqlite3 (realtime=sqlite3 for extensions.conf, via extconfig.conf)
 *   not started: func_periodic_hook ─▶ app_chanspy, func_cut, func_groupcount, func_uri
 * </pre>
 *
 * <p>Written before the engine's {@code LoaderBuilder} was on this branch: it runs once the
 * lifecycle engine is merged.
 */
class PlanCommandTest {

  private static final Path FIXTURES = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures"));
  private static final String SEED = FIXTURES.resolve("worlds/seed").toString();

  /** The index of the first step line for {@code action} on {@code module} in {@code run}'s output, or -1. */
  private static int stepIndex(CommandRun run, String action, String module) {
    List<String> lines = run.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("  " + Pattern.quote(action) + " +" + module + "( .*)?")) {
        return i;
      }
    }
    return -1;
  }

  // --- plans on the seed world ---

  @Test
  void load_moduleNotStarted_opensAndStartsEachDependencyBeforeIt() {
    CommandRun run = CommandRun.of("plan", "--world", SEED, "load", "func_periodic_hook.so");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.lines().get(0)).isEqualTo("plan: module load func_periodic_hook");
    int self = stepIndex(run, "start", "func_periodic_hook");
    assertThat(self).as(run.out()).isPositive();
    for (String dependency : List.of("app_chanspy", "func_cut", "func_groupcount", "func_uri")) {
      int opened = stepIndex(run, "open  lib", dependency);
      int started = stepIndex(run, "start", dependency);
      assertThat(opened).as(dependency + " opens\n" + run.out()).isPositive();
      assertThat(started).as(dependency + " starts after it opens\n" + run.out()).isGreaterThan(opened);
      assertThat(started).as(dependency + " starts before its user\n" + run.out()).isLessThan(self);
    }
  }

  @Test
  void load_pbxConfigOnAnUnstartedEngine_listsItsDependencies() {
    CommandRun run = CommandRun.of("plan", "--world", SEED, "load", "pbx_config", "--no-startup");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    int self = stepIndex(run, "start", "pbx_config");
    assertThat(self).as(run.out()).isPositive();
    // From modules.conf [uses] (app_dial, Gosub, GLOBAL, CHANNEL) and extconfig.conf (realtime=sqlite3).
    for (String dependency : List.of("app_dial", "ccss", "app_stack", "func_global", "func_channel",
        "res_config_sqlite3", "extconfig")) {
      int started = stepIndex(run, "start", dependency);
      assertThat(started).as(dependency + " starts before pbx_config\n" + run.out()).isPositive().isLessThan(self);
    }
    assertThat(stepIndex(run, "start", "extconfig")).isLessThan(stepIndex(run, "start", "res_config_sqlite3"));
    assertThat(stepIndex(run, "start", "chan_sip")).as("nothing pulls chan_sip in").isEqualTo(-1);
  }

  @Test
  void load_pbxConfigAfterStartup_opensNothing_chanSipAlreadyNeedsIt() {
    CommandRun run = CommandRun.of("plan", "--world", SEED, "load", "pbx_config");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).doesNotContain("open  lib").doesNotContain("(refused)");
  }

  @Test
  void load_bannedModule_isRefused_exitOne() {
    CommandRun run = CommandRun.of("plan", "--world", SEED, "load", "app_system");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines().get(0)).isEqualTo("plan: module load app_system (refused)");
    assertThat(run.out()).contains("refused:\n  app_system: ");
  }

  @Test
  void unloadForce_requiredChannelDriver_stopsItAndClosesItsLib() {
    CommandRun run = CommandRun.of("plan", "--world", SEED, "unload", "-f", "chan_sip");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.lines().get(0)).isEqualTo("plan: module unload -f chan_sip");
    int stopped = stepIndex(run, "stop", "chan_sip");
    assertThat(stopped).as(run.out()).isPositive();
    assertThat(stepIndex(run, "close lib", "chan_sip")).as(run.out()).isGreaterThan(stopped);
  }

  @Test
  void json_isTheDocumentedSchema_onStdoutAlone() {
    CommandRun run = CommandRun.of("plan", "--world", SEED, "--json", "load", "func_periodic_hook");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("""
        {
          "operation": {
            "kind": "load",
            "module": "func_periodic_hook"
          },
          "steps": [
            {
              "action": "open-lib",
        """);
    assertThat(run.out()).contains("\"action\": \"start-instance\",\n      \"module\": \"func_periodic_hook\"")
        .endsWith("  \"refusals\": [],\n  \"waiting\": []\n}\n");
  }

  @Test
  void world_warningsGoToStderr_withFileAndLine() {
    CommandRun run = CommandRun.of("plan", "--world", SEED, "load", "func_cut");
    assertThat(run.err()).contains("modules.conf:5: warning: load of 'app_system' is ignored: it is banned by neverload");
    assertThat(run.out()).doesNotContain("warning");
  }

  // --- a world of a few hundred modules ---

  /**
   * mod_000 ... mod_299, each using the one before it and the one at half its index: a chain
   * 300 deep with cross links. modules.conf loads mod_100, so mod_000..mod_100 run after startup.
   */
  private static Path chainWorld(Path folder, int moduleCount) throws IOException {
    Path modules = Files.createDirectories(folder.resolve("modules"));
    Path etc = Files.createDirectories(folder.resolve("etc"));
    for (int i = 0; i < moduleCount; i++) {
      StringBuilder manifest = new StringBuilder()
          .append("[module]\nname=").append(module(i)).append("\nsupport_level=core\n");
      if (i > 0) {
        manifest.append("[uses]\nmodule=").append(module(i - 1)).append('\n');
        if (i / 2 != i - 1) {
          manifest.append("module=").append(module(i / 2)).append('\n');
        }
      }
      manifest.append("[provides]\napplication=App").append(i).append('\n');
      Files.writeString(modules.resolve(module(i) + ".manifest"), manifest, StandardCharsets.UTF_8);
    }
    Files.writeString(etc.resolve("modules.conf"), "[modules]\nautoload=no\nload=mod_100\n", StandardCharsets.UTF_8);
    return folder;
  }

  private static String module(int index) {
    return String.format(Locale.ROOT, "mod_%03d", index);
  }

  @Test
  void load_inAWorldOfThreeHundredModules_startsEveryMissingDependencyInOrder(@TempDir Path folder) throws IOException {
    Path world = chainWorld(folder, 300);
    CommandRun run = CommandRun.of("plan", "--world", world.toString(), "load", "mod_299");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).as("the generated manifests are clean").isEmpty();
    long starts = run.lines().stream().filter(line -> line.startsWith("  start ")).count();
    assertThat(starts).as("mod_101 .. mod_299").isEqualTo(199);
    assertThat(stepIndex(run, "start", "mod_100")).as("already running").isEqualTo(-1);
    for (int i = 102; i < 300; i++) {
      assertThat(stepIndex(run, "start", module(i))).as(module(i)).isGreaterThan(stepIndex(run, "start", module(i - 1)));
    }
  }

  // --- bad usage and unreadable worlds: exit 2 ---

  @Test
  void usage_badArguments_exitTwoWithASentence() {
    assertThat(CommandRun.of("plan", "--world", SEED, "load", "../x").err())
        .contains("invalid module name '../x': use letters, digits and '_' only");
    assertThat(CommandRun.of("plan", "--world", SEED, "load", "-f", "chan_sip").err()).contains("-f applies to unload only");
    assertThat(CommandRun.of("plan", "--world", SEED, "frob", "chan_sip").err())
        .contains("unknown operation 'frob': use load or unload");
    assertThat(CommandRun.of("plan", "load", "chan_sip").err()).contains("Missing required option: '--world=DIR'");
    assertThat(CommandRun.of("plan", "--world", "no/such/world", "load", "chan_sip").err()).contains("not a folder: no/such/world");
    for (String[] args : List.of(
        new String[] {"plan", "--world", SEED, "load", "../x"},
        new String[] {"plan", "--world", SEED, "load", "-f", "chan_sip"},
        new String[] {"plan", "--world", SEED, "frob", "chan_sip"},
        new String[] {"plan", "load", "chan_sip"},
        new String[] {"plan", "--world", "no/such/world", "load", "chan_sip"})) {
      assertThat(CommandRun.of(args).exitCode()).as(String.join(" ", args)).isEqualTo(2);
    }
  }

  @Test
  void world_withoutModulesFolder_exitTwo(@TempDir Path folder) {
    CommandRun run = CommandRun.of("plan", "--world", folder.toString(), "load", "chan_sip");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(folder.resolve("modules") + ": error: modules folder not found [folder-not-found]");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void world_withABrokenModulesConf_exitTwoNamingFileAndLine(@TempDir Path folder) throws IOException {
    Path world = chainWorld(folder, 3);
    Files.writeString(world.resolve("etc/modules.conf"), "[modules]\nautoload=no\n[unclosed\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("plan", "--world", world.toString(), "load", "mod_002");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(world.resolve("etc/modules.conf") + ":3: error: section header has no closing ']'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void help_listsExitCodes() {
    CommandRun run = CommandRun.of("plan", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit status:").contains("1   the operation would be refused");
  }
}
