package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Goal: {@code loaderlab console} runs Asterisk's admin commands on a started world and answers
 * as Asterisk's console would: a forced unload cascades upward, why-not explains it, a banned
 * module is refused with its modules.conf line, and a failing command fails the run. Method: the
 * command run in-process on the seed world.
 */
class ConsoleCommandTest {

  private static final Path SEED = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures")).resolve("worlds/seed");

  @Test
  void forcedUnload_cascadesUpward_andWhyNotSaysSo() {
    CommandRun run = CommandRun.of("console", "--world", SEED.toString(), "-x", "module load func_periodic_hook",
        "-x", "module unload -f func_cut", "-x", "module why-not func_periodic_hook");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("*CLI> module load func_periodic_hook\nLoaded func_periodic_hook\n")
        .contains("*CLI> module unload -f func_cut\n")
        .contains("func_periodic_hook needs func_cut, which is firmly unloaded because the admin ran `module unload -f func_cut`");
  }

  @Test
  void bannedModule_isRefusedWithItsLine_andTheRunFails() {
    CommandRun run = CommandRun.of("console", "--world", SEED.toString(), "-x", "module load app_system");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Unable to load app_system").contains("neverload bans it").contains("modules.conf:8");
  }

  @Test
  void show_listsRunningModulesWithUseCounts() {
    CommandRun run = CommandRun.of("console", "--world", SEED.toString(), "-x", "module show like chan_sip");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("chan_sip +Session Initiation Protocol \\(SIP\\) +\\d+ +Running");
  }

  @Test
  void missingWorld_isAUsageError() {
    assertThat(CommandRun.of("console", "--world", "no/such/world", "-x", "module show").exitCode()).isEqualTo(2);
  }
}
