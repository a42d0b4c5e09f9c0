package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;

import org.junit.jupiter.api.Test;

/**
 * Goal: every conformance kind (the manifest lies) fires end to end. A lie is the module's, not
 * the loader's, so the same scenario is run on both loaders, and the oracle reports it on both:
 * the engine today neither refuses a registration its manifest does not provide nor a use of a
 * module its manifest does not name (it registers and counts them), so it cannot be silent
 * here. Method: per kind a module whose binary does what its manifest does not declare, loaded
 * by a fixed action list on each loader.
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
  void registersUndeclared_applicationNotInProvides_bothLoadersReport() {
    undeclaredApplication().legacy().reports("conformance/registers-undeclared", "app_liar");
    undeclaredApplication().engine().reports("conformance/registers-undeclared", "app_liar");
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
  void usesUndeclared_useOfAModuleNotInTheManifest_bothLoadersReport() {
    undeclaredUse().legacy().reports("conformance/uses-undeclared", "res_sneak", "res_target");
    undeclaredUse().engine().reports("conformance/uses-undeclared", "res_sneak", "res_target");
  }
}
