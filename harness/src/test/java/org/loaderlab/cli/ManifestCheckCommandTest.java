package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Goal: {@code loaderlab manifest check} is usable as a newcomer meets it: a clean world exits
 * 0 with a one-line summary, a broken folder exits 1 listing file:line problems, a wrong path
 * exits 2 with a sentence, and help explains the exit codes. Method: the command run in-process.
 */
class ManifestCheckCommandTest {

  private static final Path FIXTURES = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures"));

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = LoaderlabCommand.commandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void check_cleanWorld_exitsZeroWithSummary() {
    Path world = FIXTURES.resolve("worlds/office");
    Run run = run("manifest", "check", world.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).matches(java.util.regex.Pattern.quote(world.toString())
        + ": \\d+ modules \\(\\d+ embedded\\), 0 errors, 0 warnings\\n");
  }

  @Test
  void check_seedWorld_warnsAboutTheProposalsBannedLoad_butExitsZero() {
    Run run = run("manifest", "check", FIXTURES.resolve("worlds/seed").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("modules.conf:5: warning: load of 'app_system' is ignored: it is banned by neverload")
        .contains("0 errors, 1 warning\n");
  }

  @Test
  void check_badFolder_exitsOneListingEveryProblem() {
    Run run = run("manifest", "check", FIXTURES.resolve("bad/manifests").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("cycle_a.manifest:8: error: dependency cycle: cycle_a -> cycle_b -> cycle_a");
    assertThat(run.out()).contains("orphan.so: error: binary has no manifest");
  }

  @Test
  void check_missingFolder_exitsTwoWithASentence() {
    Run run = run("manifest", "check", "no/such/world");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a folder: no/such/world");
  }

  @Test
  void help_listsExitCodes() {
    Run run = run("manifest", "check", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit status:").contains("1   errors found");
  }

  @Test
  void version_namesLoaderlab() {
    Run run = run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("loaderlab ");
  }
}
