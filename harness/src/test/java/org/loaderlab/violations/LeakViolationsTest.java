package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;
import static org.loaderlab.violations.Scenario.unload;

import org.junit.jupiter.api.Test;
import org.loaderlab.legacy.LegacyFaults;

/**
 * Goal: every leak kind fires end to end against the legacy loader and stays silent on the
 * engine, for the same world and actions: what is left open, running, registered, held or
 * alive at a quiet point or after shutdown. Method: per kind a small world written here, a fixed
 * action list, the legacy loader (with a fault where today's model has none), then the engine.
 */
class LeakViolationsTest {

  /** With skipDlclose, {@code unload res_l} leaves res_l's lib mapped with nothing holding it. */
  private static Scenario libLeftMapped() {
    return Scenario.world("lib-open-unheld")
        .module("res_l", "", "")
        .faults(LegacyFaults.today().withSkipDlclose(true))
        .actions(load("res_l"), unload("res_l"));
  }

  @Test
  @Covers("leak/lib-open-unheld")
  void libOpenUnheld_dlcloseSkipped_legacyReports_engineSilent() {
    libLeftMapped().legacy().reports("leak/lib-open-unheld", "res_l");
    libLeftMapped().engine().clean();
  }

  /**
   * app_i requires res_i; {@code load app_i} then {@code unload app_i}. Today stopping a module
   * never stops what it required, so res_i runs on with nothing holding it; the engine stops it.
   */
  private static Scenario dependencyLeftRunning() {
    return Scenario.world("instance-running-unheld")
        .module("res_i", "", "")
        .module("app_i", "[uses]\nmodule=res_i\n", "")
        .actions(load("app_i"), unload("app_i"));
  }

  @Test
  @Covers("leak/instance-running-unheld")
  void instanceRunningUnheld_dependencyOutlivesItsOnlyUser_legacyReports_engineSilent() {
    dependencyLeftRunning().legacy().reports("leak/instance-running-unheld", "res_i");
    dependencyLeftRunning().engine().clean();
  }

  /** With leakRegistrations, app_g's application stays registered after {@code unload app_g}. */
  private static Scenario registrationLeft() {
    return Scenario.world("registration-left")
        .module("app_g", "[provides]\napplication=GApp\n", "[registers]\napplication=GApp\n")
        .faults(LegacyFaults.today().withLeakRegistrations(true))
        .actions(load("app_g"), unload("app_g"));
  }

  @Test
  @Covers("leak/registration-left")
  void registrationLeft_unregistrationForgotten_legacyReports_engineSilent() {
    registrationLeft().legacy().reports("leak/registration-left", "app_g");
    registrationLeft().engine().clean();
  }

  /**
   * res_m and res_n require each other, and res_m's code takes a use of res_x (in its [canuse])
   * that its unload_module would give back. Today's walk loads the cycle, and shutdown never
   * finds res_m unused, so its use of res_x is never released. The engine refuses the cycle and
   * shuts res_x down clean.
   */
  private static Scenario useKeptByACycle() {
    return Scenario.world("user-never-released")
        .module("res_x", "", "")
        .module("res_m", "[uses]\nmodule=res_n\n[canuse]\nmodule=res_x\n", "[adversarial]\nuser_of=res_x\n")
        .module("res_n", "[uses]\nmodule=res_m\n", "")
        .actions(load("res_x"), load("res_m"), shutdownGracefully());
  }

  @Test
  @Covers("leak/user-never-released")
  void userNeverReleased_useHeldByAModuleShutdownNeverStops_legacyReports_engineSilent() {
    useKeptByACycle().legacy().reports("leak/user-never-released", "res_x");
    useKeptByACycle().engine().clean();
  }

  /**
   * res_w starts thread {@code worker} on key {@code buf}, whose destructor is in res_w, and has no
   * unload_module to stop it. After {@code unload res_w} the thread lives on in a lib today's
   * loader has closed; the engine keeps the lib until the thread exits.
   */
  private static Scenario threadOutlivesLib() {
    return Scenario.world("threadstorage-never-destroyed")
        .module("res_w", "",
            "unload_module=no\n[threadstorage]\nkey=buf:destructor\n[threads]\nthread=worker:uses=buf\n")
        .actions(load("res_w"), unload("res_w"));
  }

  @Test
  @Covers("leak/threadstorage-never-destroyed")
  void threadstorageNeverDestroyed_threadOutlivesItsLib_legacyReports_engineSilent() {
    threadOutlivesLib().legacy().reports("leak/threadstorage-never-destroyed", "res_w");
    threadOutlivesLib().engine().clean();
  }

  /**
   * res_m and res_n require each other ({@code module=}). Today's walk loads both, each counting
   * on the other, so shutdown never finds one unused: both are still referenced after it. The
   * engine refuses to load a cycle.
   */
  private static Scenario cycleKeptAlive() {
    return Scenario.world("reference-left")
        .module("res_m", "[uses]\nmodule=res_n\n", "")
        .module("res_n", "[uses]\nmodule=res_m\n", "")
        .actions(load("res_m"), shutdownGracefully());
  }

  @Test
  @Covers("leak/reference-left")
  void referenceLeft_cycleNeverUnloadedAtShutdown_legacyReports_engineSilent() {
    cycleKeptAlive().legacy().reports("leak/reference-left", "res_m");
    cycleKeptAlive().engine().clean();
  }
}
