package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;
import static org.loaderlab.violations.Scenario.unload;

import org.junit.jupiter.api.Test;
import org.loaderlab.legacy.LegacyFaults;

/**
 * Goal: every fidelity kind fires end to end against the legacy loader and stays silent on the
 * engine, for the same world and actions: what an operation did is what its plan said, and its
 * plan is its dry run. Method: per kind a small world written here, a fixed action list, the
 * legacy loader (with a fault where today's model keeps its word), then the engine.
 */
class FidelityViolationsTest {

  /** With skipDlclose, the plan of {@code unload res_s} closes res_s's lib, and it never closes. */
  private static Scenario closeSkipped() {
    return Scenario.world("planned-step-missing")
        .module("res_s", "", "")
        .faults(LegacyFaults.today().withSkipDlclose(true))
        .actions(load("res_s"), unload("res_s"));
  }

  @Test
  @Covers("fidelity/planned-step-missing")
  void plannedStepMissing_closeNeverHappens_legacyReports_engineSilent() {
    closeSkipped().legacy().reports("fidelity/planned-step-missing", "res_s");
    closeSkipped().engine().clean();
  }

  /**
   * res_fail's load_module fails. Today's loader then closes its lib, a step its plan never had
   * and no re-plan announces; the engine re-plans after the failure.
   */
  private static Scenario failedLoad() {
    return Scenario.world("unplanned-step")
        .module("res_fail", "", "load=failure\n")
        .actions(load("res_fail"), shutdownGracefully());
  }

  @Test
  @Covers("fidelity/unplanned-step")
  void unplannedStep_libClosedAfterAFailedLoad_legacyReports_engineSilent() {
    failedLoad().legacy().reports("fidelity/unplanned-step", "res_fail");
    failedLoad().engine().clean();
  }

  /**
   * app_e requires res_e. With giveUpMidLoad, after res_e starts the load refuses app_e and is
   * decided again, though nothing failed.
   */
  private static Scenario loadGivesUpMidway() {
    return Scenario.world("unexplained-replan")
        .module("res_e", "", "")
        .module("app_e", "[uses]\nmodule=res_e\n", "")
        .faults(LegacyFaults.today().withGiveUpMidLoad(true))
        .actions(load("app_e"), shutdownGracefully());
  }

  @Test
  @Covers("fidelity/unexplained-replan")
  void unexplainedReplan_loadDecidedAgainWithNoFailure_legacyReports_engineSilent() {
    loadGivesUpMidway().legacy().reports("fidelity/unexplained-replan", "app_e");
    loadGivesUpMidway().engine().clean();
  }

  /** app_w requires res_w; with dryRunRootOnly the dry run of {@code load app_w} leaves res_w out. */
  private static Scenario dryRunWithoutDependencies() {
    return Scenario.world("dry-run-differs")
        .module("res_w", "", "")
        .module("app_w", "[uses]\nmodule=res_w\n", "")
        .faults(LegacyFaults.today().withDryRunRootOnly(true))
        .actions(load("app_w"), shutdownGracefully());
  }

  @Test
  @Covers("fidelity/dry-run-differs")
  void dryRunDiffers_dryRunLeavesTheDependencyOut_legacyReports_engineSilent() {
    dryRunWithoutDependencies().legacy().reports("fidelity/dry-run-differs", "app_w", "res_w");
    dryRunWithoutDependencies().engine().clean();
  }
}
