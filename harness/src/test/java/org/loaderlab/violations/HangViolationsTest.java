package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;

import org.junit.jupiter.api.Test;
import org.loaderlab.legacy.LegacyFaults;

/**
 * Goal: both hang kinds fire end to end against today's loader, each for a run that would never
 * end by itself, and the run still ends with a report; the engine runs the same scenario to its
 * end. A deadlock is the legacy loader's lock around module code; a livelock is its load retry
 * loop that never gives up on a module that declines. Method: per kind a small world, a fixed
 * action list, the legacy loader with the fault that models the bug, then the engine. A module
 * that livelocks by its own callbacks is reported for any loader, and that is shown too: the step
 * budget is what ends such a run, whoever is to blame.
 */
class HangViolationsTest {

  /**
   * res_no's load_module always declines; app_waits requires it. With retryDeclinedForever the
   * load tries res_no again, pass after pass, and never completes: the step budget ends the run.
   * The engine fails the load once, refuses app_waits, and goes on to shutdown.
   */
  private static Scenario retriedForever() {
    return Scenario.world("step-budget-exceeded")
        .module("res_no", "", "load=decline\n")
        .module("app_waits", "[uses]\nmodule=res_no\n", "")
        .faults(LegacyFaults.today().withRetryDeclinedForever(true))
        .stepsMax(5_000)
        .actions(load("app_waits"), shutdownGracefully());
  }

  @Test
  @Covers("hang/step-budget-exceeded")
  void stepBudgetExceeded_loadRetriesADecliningModuleForever_legacyReports_engineSilent() {
    retriedForever().legacy().reports("hang/step-budget-exceeded", "app_waits");
    retriedForever().engine().clean();
  }

  /**
   * res_pp's load_module asks to unload it, its unload_module asks to load it again: a livelock
   * of the module's own making, each operation legitimate, so no loader can refuse it and both
   * run until the step budget ends the run. The oracle reports it for both; that the run ends at
   * all, and says where, is the point. Not the kind's scenario (no loader is at fault), so no
   * {@link Covers}.
   */
  private static Scenario pingPong() {
    return Scenario.world("step-budget-exceeded")
        .module("res_pp", "", "[adversarial]\non_load=unload res_pp\non_unload=load res_pp\n")
        .stepsMax(5_000)
        .actions(load("res_pp"));
  }

  @Test
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
