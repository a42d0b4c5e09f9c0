package org.loaderlab.violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;

import org.junit.jupiter.api.Test;

/**
 * Goal: every conformance kind (the manifest lies) fires end to end against today's loader, which
 * has no manifest to hold module code to, and never against the engine, which enforces the
 * manifest as a contract: it refuses a registration the manifest does not provide and a use of a
 * module the manifest does not declare, so the lie never happens. Method: per kind a module whose
 * binary tries what its manifest does not declare, loaded by a fixed action list on each loader;
 * for the engine, the refusal itself is checked in what the module's code saw.
 */
class ConformanceViolationsTest {

  /** app_liar's binary registers application Hidden; its manifest provides nothing. */
  private static Scenario undeclaredApplication() {
    return Scenario.world("registers-undeclared")
        .module("app_liar", "", "[registers]\napplication=Hidden\n")
        .actions(load("app_liar"), shutdownGracefully());
  }

  @Test
  @Covers("conformance/registers-undeclared")
  void registersUndeclared_applicationNotInProvides_legacyReports_engineSilent() {
    undeclaredApplication().legacy().reports("conformance/registers-undeclared", "app_liar");
    Judged engine = undeclaredApplication().engine();
    engine.clean();
    assertThat(engine.run().trace()).contains(
        "app_liar may not register application 'Hidden': its manifest does not provide it");
  }

  /** res_sneak's code takes a use of res_target; its manifest neither uses nor can use it. */
  private static Scenario undeclaredUse() {
    return Scenario.world("uses-undeclared")
        .module("res_target", "", "")
        .module("res_sneak", "", "[adversarial]\nuser_of=res_target\n")
        .actions(load("res_target"), load("res_sneak"), shutdownGracefully());
  }

  @Test
  @Covers("conformance/uses-undeclared")
  void usesUndeclared_useOfAModuleNotInTheManifest_legacyReports_engineSilent() {
    undeclaredUse().legacy().reports("conformance/uses-undeclared", "res_sneak", "res_target");
    Judged engine = undeclaredUse().engine();
    engine.clean();
    assertThat(engine.run().trace()).contains("res_sneak may not use res_target: none of the needs it declares");
  }
}
