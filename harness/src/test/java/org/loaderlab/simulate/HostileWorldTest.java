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
 * liars: the conformance oracle reports each lie, naming only the liars, and the engine shows
 * nothing else. Method: 60 seeds, random and
 * PCT, each run twice for byte-identical traces; some with the delayed-release mode.
 *
 * <pre>
 *   res_sorcery_memory <- res_stasis (holds it, ignores cancels) <- res_ari (delay:5) <- chan_pjsip [canuse]
 *                                    <- app_stasis (delay:12, Stasis)      liars (noload): res_phoneprov, app_agent_pool
 * </pre>
 */
class HostileWorldTest {

  private static PreparedWorld hostile;

  @BeforeAll
  static void prepare() {
    hostile = PreparedWorld.fromFolder(DeterminismTest.FIXTURES.resolve("worlds/hostile")).orElseThrow();
  }

  @AfterAll
  static void close() {
    hostile.close();
  }

  @Test
  void manySeeds_liesReported_onlyLiarsNamed_nothingElse() {
    List<String> conformance = new ArrayList<>();
    String anyTrace = "";
    for (long seed = 0; seed < 60; seed++) {
      SimulationSettings settings = SimulationSettings.of(seed).withActions(30)
          .withScheduler(seed % 2 == 0 ? SimulationSettings.SchedulerKind.RANDOM : SimulationSettings.SchedulerKind.PCT)
          .withReleaseDelayStepsMax(seed % 3 == 0 ? 10 : 0);
      SimulationRun run = Simulation.run(hostile, settings);
      assertThat(Simulation.run(hostile, settings).trace()).isEqualTo(run.trace());
      for (String violation : run.violations()) {
        if (violation.startsWith("conformance/")) {
          conformance.add(violation);
        } else {
          assertThat(violation).as("seed %d: only the liars' lies are violations", seed).isNull();
        }
      }
      anyTrace += run.trace();
    }
    assertThat(conformance).allMatch(violation -> violation.contains("[res_phoneprov]")
        || violation.contains("[app_agent_pool, res_stasis]"));
    assertThat(conformance).anyMatch(violation -> violation.startsWith("conformance/registers-undeclared"))
        .anyMatch(violation -> violation.startsWith("conformance/uses-undeclared"));
    assertThat(anyTrace).contains(" engine-called res_ari#1 load res_stasis\n", " cancel_callback res_stasis\n",
        " delayed_release ", " postponed release of ");
  }
}
