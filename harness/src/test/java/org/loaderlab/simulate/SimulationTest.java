package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * Goal: a simulation drives the engine through a whole world (start, random actions, shutdown)
 * and accounts for it: a header naming world and settings, actors' lines, events and
 * observations in step order, the end; a broken world is reported with file and line and nothing
 * runs; a loader not built yet is refused. Method: fixtures/worlds/seed and office, and a broken
 * world written to a temporary folder.
 */
class SimulationTest {

  @Test
  void run_seedWorld_traceHasHeaderActorsEventsObservationsAndEnd() {
    SimulationRun run = Simulation.run(DeterminismTest.FIXTURES.resolve("worlds/seed"), SimulationSettings.of(1));
    assertThat(run.worldFailed()).isFalse();
    assertThat(run.worldProblems()).noneMatch(Diagnostic::isError);
    assertThat(run.trace()).startsWith("simulate seed loader=engine seed=1 actions=50 scheduler=random\n");
    assertThat(run.trace()).contains("  do start\n", "  event lib-opened chan_sip\n", "  seen lib-mapped chan_sip#1\n",
        "  done start: ok\n");
    assertThat(run.trace()).containsPattern("step \\d+  do shutdown (gracefully|now)\n");
    assertThat(run.trace()).endsWith("\nend quiescent at step " + run.stepCount() + ", " + run.stepCount()
        + " ms, after " + run.stepCount() + " steps\n");
    assertThat(run.violations()).isEmpty();
    Evidence evidence = run.evidence().orElseThrow();
    assertThat(evidence.actions()).hasSize(51).last().isInstanceOf(Action.Shutdown.class);
    assertThat(evidence.events()).isNotEmpty();
  }

  @Test
  void run_traceLines_stepsNeverGoBack() {
    SimulationRun run = Simulation.run(DeterminismTest.FIXTURES.resolve("worlds/office"), SimulationSettings.of(9));
    long last = -1;
    for (String line : run.trace().lines().filter(line -> line.startsWith("step ")).toList()) {
      long step = Long.parseLong(line.substring("step ".length(), line.indexOf(' ', "step ".length())));
      assertThat(step).as(line).isGreaterThanOrEqualTo(last);
      last = step;
    }
    assertThat(run.violations()).as(run.trace()).isEmpty();
  }

  @Test
  void run_hotInstalls_replacedBinaryOpenedByLegacy_isTamperedLoaded_theEngineRefusesIt() {
    // Seed 9, PCT: installs hot_1 and hot_2, and replaces func_global.so, among others.
    SimulationSettings settings = SimulationSettings.of(9).withScheduler(SimulationSettings.SchedulerKind.PCT);
    SimulationRun legacy = Simulation.run(DeterminismTest.FIXTURES.resolve("worlds/seed"),
        settings.withLoader(LoaderKind.LEGACY));
    assertThat(legacy.trace()).contains("  world: installed hot_1.so and hot_1.manifest\n",
        "step 193  world: func_global.so replaced, its checksum no longer matches\n");
    assertThat(legacy.violations()).anyMatch(violation -> violation.startsWith(
        "policy/tampered-loaded at step 213 [func_global]: func_global was loaded though its binary does not match"));
    assertThat(legacy.evidence().orElseThrow().changes()).extracting(WorldChange::kind)
        .contains(WorldChange.Kind.INSTALLED, WorldChange.Kind.BINARY_REPLACED);
    SimulationRun engine = Simulation.run(DeterminismTest.FIXTURES.resolve("worlds/seed"), settings);
    assertThat(engine.trace()).contains("  world: func_global.so replaced, its checksum no longer matches\n");
    assertThat(engine.violations()).isEmpty();
  }

  @Test
  void run_brokenManifest_worldErrorWithFileAndLine_nothingRuns(@TempDir Path folder) throws IOException {
    Path world = folder.resolve("broken");
    Files.createDirectories(world.resolve("modules"));
    Files.createDirectories(world.resolve("etc"));
    Files.writeString(world.resolve("modules/res_x.manifest"), "[module]\nname=res_x\nbogus=1\n", StandardCharsets.UTF_8);

    SimulationRun run = Simulation.run(world, SimulationSettings.of(1));

    assertThat(run.worldFailed()).isTrue();
    assertThat(run.trace()).isEmpty();
    assertThat(run.worldProblems()).filteredOn(Diagnostic::isError).isNotEmpty()
        .allSatisfy(problem -> assertThat(problem.toString()).contains("/broken/modules/res_x.manifest:"));
  }

  @Test
  void run_judgeGiven_seesTheEvidenceAndItsViolationsAreReported() {
    try (PreparedWorld world = PreparedWorld.fromFolder(DeterminismTest.FIXTURES.resolve("worlds/seed")).orElseThrow()) {
      SimulationRun run = Simulation.run(world, SimulationSettings.of(3).withActions(5),
          Judges.simulator().and(evidence -> java.util.List.of("seen " + evidence.actions().size() + " actions")));
      assertThat(run.violations()).containsExactly("seen 6 actions");
    }
  }

  @Test
  void run_fixedActions_runsExactlyThoseOnTheLoaderGiven() {
    try (PreparedWorld world = PreparedWorld.fromFolder(DeterminismTest.FIXTURES.resolve("worlds/seed")).orElseThrow()) {
      java.util.List<Action> actions = java.util.List.of(
          new Action.Load(org.loaderlab.engine.manifest.ModuleName.of("res_crypto")), new Action.Shutdown(true));
      SimulationRun run = Simulation.run(world, SimulationSettings.of(5).withLoader(LoaderKind.LEGACY),
          LoaderKind.LEGACY.factory(), actions);
      assertThat(run.evidence().orElseThrow().actions()).isEqualTo(actions);
      assertThat(run.trace()).startsWith("simulate seed loader=legacy seed=5 actions=50 scheduler=random\n")
          .contains("  do load res_crypto\n", "  do shutdown gracefully\n").doesNotContain("  do unload");
    }
  }
}
