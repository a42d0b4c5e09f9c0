package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Goal: {@code loaderlab manifest check} is usable as a newcomer meets it: a clean world exits
 * 0 with a one-line summary, a broken folder exits 1 listing file:line problems, a wrong path
 * exits 2 with a sentence, and help explains the exit codes. Method: the command run in-process.
 */
class ManifestCheckCommandTest {

  private static final Path FIXTURES = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures"));

  @Test
  void check_cleanWorld_exitsZeroWithSummary() {
    Path world = FIXTURES.resolve("worlds/office");
    CommandRun run = CommandRun.of("manifest", "check", world.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).matches(java.util.regex.Pattern.quote(world.toString())
        + ": \\d+ modules \\(\\d+ embedded\\), 0 errors, 0 warnings\\n");
  }

  @Test
  void check_seedWorld_warnsAboutTheProposalsBannedLoad_butExitsZero() {
    CommandRun run = CommandRun.of("manifest", "check", FIXTURES.resolve("worlds/seed").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("modules.conf:5: warning: load of 'app_system' is ignored: it is banned by neverload")
        .contains("0 errors, 1 warning\n");
  }

  @Test
  void check_badFolder_exitsOneListingEveryProblem() {
    CommandRun run = CommandRun.of("manifest", "check", FIXTURES.resolve("bad/manifests").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("cycle_a.manifest:8: error: dependency cycle: cycle_a -> cycle_b -> cycle_a");
    assertThat(run.out()).contains("orphan.so: error: binary has no manifest");
  }

  @Test
  void check_missingFolder_exitsTwoWithASentence() {
    CommandRun run = CommandRun.of("manifest", "check", "no/such/world");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a folder: no/such/world");
  }

  @Test
  void help_listsExitCodes() {
    CommandRun run = CommandRun.of("manifest", "check", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit status:").contains("1   errors found");
  }

  @Test
  void version_namesLoaderlab() {
    CommandRun run = CommandRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("loaderlab ");
  }
}
