package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal: {@code loaderlab simulate} prints a seeded run's trace and violations, the same bytes
 * every time, writes the trace to a file on request, and exits 2 with a sentence on bad usage,
 * a broken world (file:line); the legacy loader shows a hazard the engine does not; the
 * delayed-release mode and the violations' JSON file work as their options say. Method: the command in-process on
 * fixtures/worlds/seed and on a broken world in a temporary folder.
 */
class SimulateCommandTest {

  private static final Path FIXTURES = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures"));
  private static final String SEED = FIXTURES.resolve("worlds/seed").toString();

  @Test
  void simulate_seedWorld_traceThenNoViolation_exit0() {
    CommandRun run = CommandRun.of("simulate", "--world", SEED, "--seed", "42", "--actions", "30");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("simulate seed loader=engine seed=42 actions=30 scheduler=random\nstep 0  do start\n");
    assertThat(run.out()).contains("\nend quiescent at step ").endsWith("\n0 violations\n");
  }

  @Test
  void simulate_twice_sameOutputByteForByte() {
    for (String scheduler : new String[] {"random", "pct"}) {
      CommandRun first = CommandRun.of("simulate", "--world", SEED, "--seed", "7", "--scheduler", scheduler);
      CommandRun second = CommandRun.of("simulate", "--world", SEED, "--seed", "7", "--scheduler", scheduler);
      assertThat(second.out()).isEqualTo(first.out());
      assertThat(second.exitCode()).isEqualTo(first.exitCode());
    }
  }

  @Test
  void simulate_traceFile_writesTheTracePrintsOnlyViolations(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("trace.txt");
    CommandRun run = CommandRun.of("simulate", "--world", SEED, "--seed", "3", "--trace", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("0 violations\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(CommandRun.of("simulate", "--world", SEED, "--seed", "3").out().replace("0 violations\n", ""));
  }

  @Test
  void simulate_brokenWorld_fileAndLine_exit2(@TempDir Path folder) throws IOException {
    Path world = folder.resolve("broken");
    Files.createDirectories(world.resolve("modules"));
    Files.createDirectories(world.resolve("etc"));
    Files.writeString(world.resolve("modules/res_x.manifest"), "[module]\nname=res_x\nbogus=1\n", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of("simulate", "--world", world.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("/broken/modules/res_x.manifest:");
  }

  @Test
  void simulate_legacyLoader_showsTheOptionalApiHazard_whereTheEngineIsClean() {
    CommandRun legacy = CommandRun.of("simulate", "--world", SEED, "--loader", "legacy", "--seed", "6", "--actions", "50");
    assertThat(legacy.exitCode()).isEqualTo(1);
    assertThat(legacy.out())
        .contains("violation: safety/optional-api-unmapped at step 60 [res_agi]: optional api 'ast_agi_register'")
        .contains("violation: ordering/started-before-dependency at step 32 [chan_sip, cdr_custom]")
        .contains("  60 code-ran-unmapped res_agi#0 optional_api ast_agi_register\n");
    CommandRun engine = CommandRun.of("simulate", "--world", SEED, "--loader", "engine", "--seed", "6", "--actions", "50");
    assertThat(engine.exitCode()).as(engine.out()).isZero();
    assertThat(engine.out()).endsWith("0 violations\n");
  }

  @Test
  void simulate_delayReleases_headerSaysSo_postponedReleasesInTheTrace_sameBytesTwice() {
    CommandRun first = CommandRun.of("simulate", "--world", SEED, "--seed", "5", "--delay-releases", "8");
    assertThat(first.exitCode()).as(first.out()).isZero();
    assertThat(first.out()).startsWith("simulate seed loader=engine seed=5 actions=50 scheduler=random delay-releases=8\n")
        .containsPattern("step \\d+  postponed release of channel:\\S+ on chan_sip by \\d+ steps\n");
    assertThat(CommandRun.of("simulate", "--world", SEED, "--seed", "5", "--delay-releases", "8").out())
        .isEqualTo(first.out());
  }

  @Test
  void simulate_violationsJson_writesTheViolationsAsJson(@TempDir Path folder) throws IOException {
    Path clean = folder.resolve("clean.json");
    assertThat(CommandRun.of("simulate", "--world", SEED, "--seed", "3", "--violations-json", clean.toString())
        .exitCode()).isZero();
    assertThat(Files.readString(clean, StandardCharsets.UTF_8)).isEqualTo("{\"settings\":{\"loader\":\"engine\","
        + "\"seed\":\"3\",\"actions\":50,\"scheduler\":\"random\",\"delay_releases\":0},\n\"count\":0,\n"
        + "\"violations\":[]}\n");
    Path found = folder.resolve("found.json");
    CommandRun legacy = CommandRun.of("simulate", "--world", SEED, "--loader", "legacy", "--seed", "6",
        "--violations-json", found.toString());
    assertThat(legacy.exitCode()).isEqualTo(1);
    assertThat(Files.readString(found, StandardCharsets.UTF_8))
        .contains("\n  {\"family\":\"safety\",\"kind\":\"optional-api-unmapped\",\"step\":")
        .contains("\"modules\":[\"res_agi\"]").contains("\"chain\":[\"");
  }

  @Test
  void simulate_badUsage_exit2WithASentence() {
    assertThat(CommandRun.of("simulate", "--world", SEED, "--delay-releases", "-1").err())
        .contains("--delay-releases must be in [0, 10000], was -1");
    assertThat(CommandRun.of("simulate", "--world", SEED, "--scheduler", "fifo").err()).contains("unknown scheduler 'fifo': use random or pct");
    assertThat(CommandRun.of("simulate", "--world", SEED, "--loader", "old").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("simulate", "--world", SEED, "--actions", "-1").err()).contains("--actions must be in [0, 100000], was -1");
    assertThat(CommandRun.of("simulate", "--world", "no/such/world").err()).contains("not a folder: no/such/world");
  }
}
