package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;

import org.junit.jupiter.api.Test;
import org.loaderlab.legacy.LegacyFaults;

/**
 * Goal: both hang kinds fire end to end, each for a run that would never end by itself, and the
 * run still ends with a report. A deadlock is a loader's (the legacy loader's lock around module
 * code); a livelock made by a module's own callbacks is reported for both loaders. Method: per
 * kind a small world with an adversarial module, a fixed action list, the legacy loader, then
 * the engine.
 */
class HangViolationsTest {

  /**
   * res_pp's load_module asks to unload it, its unload_module asks to load it again: a livelock
   * of the module's own making, each operation legitimate, so no loader can refuse it and both
   * run until the step budget ends the run. The oracle reports it for both; that the run ends at
   * all, and says where, is the point.
   */
  private static Scenario pingPong() {
    return Scenario.world("step-budget-exceeded")
        .module("res_pp", "", "[adversarial]\non_load=unload res_pp\non_unload=load res_pp\n")
        .stepsMax(5_000)
        .actions(load("res_pp"));
  }

  @Test
  @Covers("hang/step-budget-exceeded")
  void stepBudgetExceeded_moduleThatReloadsItself_bothLoadersReport() {
    pingPong().legacy().reports("hang/step-budget-exceeded", "res_pp");
    pingPong().engine().reports("hang/step-budget-exceeded", "res_pp");
  }

  /**
   * res_dl's load_module asks for {@code load res_dep}. With lockedModuleCallbacks that call
   * waits for the module list the loader holds around load_module: the load never ends and the
   * admin waits for ever. The engine queues the nested load.
   */
  private static Scenario loadFromLoadModule() {
    return Scenario.world("deadlock")
        .module("res_dep", "", "")
        .module("res_dl", "[canuse]\nmodule=res_dep\n", "[adversarial]\non_load=load res_dep\n")
        .faults(LegacyFaults.today().withLockedModuleCallbacks(true))
        .actions(load("res_dl"), shutdownGracefully());
  }

  @Test
  @Covers("hang/deadlock")
  void deadlock_loadModuleCallsBackIntoTheLoader_legacyReports_engineSilent() {
    loadFromLoadModule().legacy().reports("hang/deadlock", "res_dl");
    loadFromLoadModule().engine().clean();
  }
}
