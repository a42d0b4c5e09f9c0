package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;

import org.junit.jupiter.api.Test;
import org.loaderlab.legacy.LegacyFaults;

/**
 * Goal: every policy kind fires end to end against the legacy loader and stays silent on the
 * engine, for the same world and actions: a banned, cyclic or tampered module loaded, a failed
 * {@code require=} taken lightly. Method: per kind a small world written here, a fixed action
 * list, the legacy loader (with a fault where today's loader would get it right), then the engine.
 */
class PolicyViolationsTest {

  /** neverload=res_banned; app_b requires it ({@code module=}). Today only the module asked for is checked. */
  private static Scenario bannedDependency() {
    return Scenario.world("banned-loaded")
        .modulesConf("[modules]\nautoload=no\nneverload=res_banned\n")
        .module("res_banned", "", "")
        .module("app_b", "[uses]\nmodule=res_banned\n", "")
        .actions(load("app_b"), shutdownGracefully());
  }

  @Test
  @Covers("policy/banned-loaded")
  void bannedLoaded_throughADependency_legacyReports_engineSilent() {
    bannedDependency().legacy().reports("policy/banned-loaded", "res_banned");
    bannedDependency().engine().clean();
  }

  /**
   * require=res_must, whose load_module fails. With requireNotFatal the legacy startup reports
   * success anyway; the engine's startup fails and leaves nothing it started running.
   */
  private static Scenario requiredFails() {
    return Scenario.world("require-not-fatal")
        .modulesConf("[modules]\nautoload=no\nrequire=res_must\nload=res_other\n")
        .module("res_must", "", "load=failure\n")
        .module("res_other", "", "")
        .faults(LegacyFaults.today().withRequireNotFatal(true))
        .actions(shutdownGracefully());
  }

  @Test
  @Covers("policy/require-not-fatal")
  void requireNotFatal_requiredModuleFails_legacyReports_engineSilent() {
    requiredFails().legacy().reports("policy/require-not-fatal", "res_must");
    requiredFails().engine().clean();
  }

  /** res_p and res_q require each other ({@code module=}); today's walk has no cycle check. */
  private static Scenario cycle() {
    return Scenario.world("cycle-loaded")
        .module("res_p", "[uses]\nmodule=res_q\n", "")
        .module("res_q", "[uses]\nmodule=res_p\n", "")
        .actions(load("res_p"), shutdownGracefully());
  }

  @Test
  @Covers("policy/cycle-loaded")
  void cycleLoaded_twoModulesRequiringEachOther_legacyReports_engineSilent() {
    cycle().legacy().reports("policy/cycle-loaded", "res_q", "res_p");
    cycle().engine().clean();
  }

  /**
   * res_tamper's binary is replaced after its manifest was written, so the checksum no longer
   * matches. Today's loader has no checksum to compare (skipChecksum); the engine refuses it.
   */
  private static Scenario tampered() {
    return Scenario.world("tampered-loaded")
        .module("res_tamper", "", "")
        .afterWritten(world -> world.writeModuleFile("res_tamper.so", "[module]\nname=res_tamper\n; patched\n"))
        .actions(load("res_tamper"), shutdownGracefully());
  }

  @Test
  @Covers("policy/tampered-loaded")
  void tamperedLoaded_binaryNoLongerMatchesItsChecksum_legacyReports_engineSilent() {
    tampered().legacy().reports("policy/tampered-loaded", "res_tamper");
    tampered().engine().clean();
  }
}
