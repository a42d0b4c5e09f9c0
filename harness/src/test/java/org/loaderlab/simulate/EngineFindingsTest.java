package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.world.World;
import org.loaderlab.world.WorldGen;
import org.loaderlab.world.WorldGenSettings;

/**
 * Goal: pin the engine findings of the hot-install and adversarial simulations, so they are
 * neither lost nor silently tolerated: each test reproduces one from its seed. When the engine is
 * fixed, the test fails: delete it, and {@link EngineFindings} with it. Method: the seeds the
 * 500-seed sweeps found, run as {@code loaderlab simulate} would.
 */
class EngineFindingsTest {

  /**
   * {@code loaderlab simulate --world fixtures/worlds/seed --seed 102}: chan_sip's binary is
   * replaced (step 134), {@code load chan_sip} starts its dependencies, chan_sip fails its
   * checksum, and the undo stops app_stack while pbx_config, which needs Gosub, still runs.
   */
  @Test
  void failedLoadUndo_stopsADependencyUnderItsUser_seedWorldSeed102() {
    SimulationRun run = Simulation.run(DeterminismTest.FIXTURES.resolve("worlds/seed"), SimulationSettings.of(102));
    assertThat(run.trace()).contains("step 134  do replace-binary chan_sip\n");
    assertThat(run.violations()).isNotEmpty()
        .allMatch(violation -> EngineFindings.rollbackStopsUnderUser(violation, run.trace()))
        .anyMatch(violation -> violation.startsWith("ordering/stopped-under-user at step 184 [app_stack, pbx_config]"));
  }

  /**
   * A generated world (30 modules, 30% adversarial, tape seed 2), run seed 2: {@code unload -f
   * res_g24} cancels chan_g25's generic use of it; chan_g25 stops first, its unload_module releases
   * that use and its lib closes (step 248); the engine still calls the cancel callback, in the
   * closed lib (step 255). A released user's cancel callback must never be called.
   */
  @Test
  void cancelCallback_ofAReleasedUser_runsInItsClosedLib_generatedWorldSeed2() {
    WorldGenSettings settings = new WorldGenSettings(30, 30, 0);
    try (PreparedWorld world = PreparedWorld.of(World.generate(WorldGen.generate("gen", settings,
        ChoiceTape.random(2, 1_000_000)))).orElseThrow()) {
      SimulationRun run = Simulation.run(world, SimulationSettings.of(2));
      assertThat(run.violations()).containsExactly("safety/other-code-unmapped at step 255 [chan_g25]: cancel callback"
          + " 'res_g24' of chan_g25#1 ran after its lib was unmapped\n"
          + "  247 #374 reference-dropped chan_g25 lib by own_instance:chan_g25 (its instance stopped)\n"
          + "  248 lib-unmapped chan_g25#1\n"
          + "  248 #375 lib-closed chan_g25\n"
          + "  255 code-ran-unmapped chan_g25#1 cancel_callback res_g24\n");
    }
  }
}
