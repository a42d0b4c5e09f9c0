package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Goal: fixtures/worlds/hostile exercises adversarial module code (calls into the loader from
 * load_module, unload_module and cancel callbacks; cancels ignored or answered late) and two
 * liars. The engine holds module code to its manifest, so it refuses both lies (the liars' code
 * sees the refusal) and shows no violation at all; today's loader, with no manifest to hold code
 * to, lets both lies happen, and the conformance oracle reports each, naming only the liars.
 * Method: 60 seeds, random and PCT, each engine run twice for byte-identical traces; some with the
 * delayed-release mode; the same seeds on the legacy loader.
 *
 * <pre>
 *   res_sorcery_memory <- res_stasis (holds it, ignores cancels) <- res_ari (delay:5) <- chan_pjsip [canuse]
 *                                    <- app_stasis (delay:12, Stasis)      liars (noload): res_phoneprov, app_agent_pool
 * </pre>
 */
class HostileWorldTest {

  private static final int SEED_COUNT = 60;

  private static PreparedWorld hostile;

  @BeforeAll
  static void prepare() {
    hostile = PreparedWorld.fromFolder(DeterminismTest.FIXTURES.resolve("worlds/hostile")).orElseThrow();
  }

  @AfterAll
  static void close() {
    hostile.close();
  }

  private static SimulationSettings settings(long seed) {
    return SimulationSettings.of(seed).withActions(30)
        .withScheduler(seed % 2 == 0 ? SimulationSettings.SchedulerKind.RANDOM : SimulationSettings.SchedulerKind.PCT)
        .withReleaseDelayStepsMax(seed % 3 == 0 ? 10 : 0);
  }

  @Test
  void manySeeds_engine_refusesBothLies_andShowsNoViolation() {
    StringBuilder anyTrace = new StringBuilder();
    for (long seed = 0; seed < SEED_COUNT; seed++) {
      SimulationRun run = Simulation.run(hostile, settings(seed));
      assertThat(Simulation.run(hostile, settings(seed)).trace()).isEqualTo(run.trace());
      assertThat(run.violations()).as("seed %d:\n%s", seed, run.trace()).isEmpty();
      anyTrace.append(run.trace());
    }
    assertThat(anyTrace.toString()).contains(
        "res_phoneprov may not register function 'PP_EACH_USER': its manifest does not provide it",
        "app_agent_pool may not use res_stasis: none of the needs it declares",
        " engine-called res_ari#1 load res_stasis\n", " cancel_callback res_stasis\n", " delayed_release ",
        " postponed release of ");
  }

  @Test
  void manySeeds_legacy_reportsBothLies_namingOnlyTheLiars() {
    List<String> conformance = new ArrayList<>();
    for (long seed = 0; seed < SEED_COUNT; seed++) {
      SimulationRun run = Simulation.run(hostile, settings(seed).withLoader(LoaderKind.LEGACY));
      run.violations().stream().filter(violation -> violation.startsWith("conformance/")).forEach(conformance::add);
    }
    assertThat(conformance).allMatch(violation -> violation.contains("[res_phoneprov]")
        || violation.contains("[app_agent_pool, res_stasis]"));
    assertThat(conformance).anyMatch(violation -> violation.startsWith("conformance/registers-undeclared"))
        .anyMatch(violation -> violation.startsWith("conformance/uses-undeclared"));
  }
}
