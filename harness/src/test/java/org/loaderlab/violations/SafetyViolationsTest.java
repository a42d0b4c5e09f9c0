package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.call;
import static org.loaderlab.violations.Scenario.exitThread;
import static org.loaderlab.violations.Scenario.forceUnload;
import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.optionalCall;
import static org.loaderlab.violations.Scenario.reloadDialplan;
import static org.loaderlab.violations.Scenario.shutdownGracefully;
import static org.loaderlab.violations.Scenario.unload;

import org.junit.jupiter.api.Test;
import org.loaderlab.legacy.LegacyFaults;

/**
 * Goal: every safety kind fires end to end against the legacy loader and stays silent on the
 * engine, for the same world and actions: code run in an unmapped lib, by kind, and libs closed
 * while held or twice, or let go of by a holder that never held them. Method: per kind a small
 * world written here, a fixed action list, the legacy loader (with a fault where today's model
 * has none for the kind), then the engine.
 */
class SafetyViolationsTest {

  /** res_sign exports ast_sign; it is loaded, unloaded, then called: today the call holds nothing. */
  private static Scenario optionalApiAfterUnload() {
    return Scenario.world("optional-api-unmapped")
        .module("res_sign", "", "[optional_api]\nexports=ast_sign\n")
        .actions(load("res_sign"), unload("res_sign"), optionalCall("res_sign", "ast_sign"), shutdownGracefully());
  }

  @Test
  @Covers("safety/optional-api-unmapped")
  void optionalApiUnmapped_callAfterProviderUnloaded_legacyReports_engineSilent() {
    optionalApiAfterUnload().legacy().reports("safety/optional-api-unmapped", "res_sign");
    optionalApiAfterUnload().engine().clean();
  }

  /**
   * res_worker starts thread {@code worker} using key {@code buf}, whose destructor is in
   * res_worker, and has no unload_module to stop it. Unloaded, then the thread exits: today the
   * lib is gone; the engine keeps it while the thread may still run the destructor.
   */
  private static Scenario threadOutlivesLib() {
    return Scenario.world("threadstorage-destructor-unmapped")
        .module("res_worker", "",
            "unload_module=no\n[threadstorage]\nkey=buf:destructor\n[threads]\nthread=worker:uses=buf\n")
        .actions(load("res_worker"), unload("res_worker"), exitThread("res_worker", "worker"), shutdownGracefully());
  }

  @Test
  @Covers("safety/threadstorage-destructor-unmapped")
  void threadstorageDestructorUnmapped_threadExitsAfterUnload_legacyReports_engineSilent() {
    threadOutlivesLib().legacy().reports("safety/threadstorage-destructor-unmapped", "res_worker");
    threadOutlivesLib().engine().clean();
  }

  /**
   * A call is up on chan_c's technology C when {@code unload -f chan_c} runs: today the lib is
   * closed at once, and the channel's next tech callback runs in it before its hangup lands.
   * The engine closes the lib only after the hung-up channels let go. It is a race: three calls
   * are up, and seed 10 is a schedule where one of them steps between the close and its hangup.
   */
  private static Scenario callDuringForcedUnload() {
    return Scenario.world("channel-tech-unmapped")
        .module("chan_c", "", "[registers]\nchannel_tech=C\n")
        .seed(10)
        .actions(load("chan_c"), call("chan_c", "C"), call("chan_c", "C"), call("chan_c", "C"), forceUnload("chan_c"),
            shutdownGracefully());
  }

  @Test
  @Covers("safety/channel-tech-unmapped")
  void channelTechUnmapped_callDuringForcedUnload_legacyReports_engineSilent() {
    callDuringForcedUnload().legacy().reports("safety/channel-tech-unmapped", "chan_c");
    callDuringForcedUnload().engine().clean();
  }

  /**
   * app_r registers application AppR; with leakRegistrations its registration outlives its
   * unload, so a call on chan_c that runs AppR jumps into the closed lib. On the engine AppR is
   * gone with app_r and the call is refused. The call picks what it runs at each step, and at
   * seed 1 it runs AppR; the two dialplan reloads let it run before shutdown.
   */
  private static Scenario staleApplication() {
    return Scenario.world("registered-code-unmapped")
        .module("app_r", "[provides]\napplication=AppR\n", "[registers]\napplication=AppR\n")
        .module("chan_c", "", "[registers]\nchannel_tech=C\n")
        .faults(LegacyFaults.today().withLeakRegistrations(true))
        .actions(load("app_r"), load("chan_c"), unload("app_r"), call("chan_c", "C"), reloadDialplan(),
            reloadDialplan(), shutdownGracefully());
  }

  @Test
  @Covers("safety/registered-code-unmapped")
  void registeredCodeUnmapped_applicationLeftRegisteredAfterUnload_legacyReports_engineSilent() {
    staleApplication().legacy().reports("safety/registered-code-unmapped", "app_r");
    staleApplication().engine().clean();
  }

  /**
   * res_u's code takes a use of res_t (declared in its [canuse]), answers a cancel by releasing
   * it 50 steps later, and has no unload_module. {@code unload -f res_t} asks res_u to let go and
   * moves on; {@code unload res_u} then closes res_u's lib before the delayed release falls due,
   * so the release runs in a closed lib.
   *
   * <p>The engine keeps res_u's lib open while a use taken by res_u's code is still out (its
   * cancel and its release are res_u's code), so res_u stops but its lib closes only after the
   * delayed release.
   */
  private static Scenario delayedReleaseIntoClosedLib() {
    return Scenario.world("other-code-unmapped")
        .module("res_t", "", "")
        .module("res_u", "[canuse]\nmodule=res_t\n",
            "unload_module=no\n[adversarial]\nuser_of=res_t\ncancel=delay:50\n")
        .actions(load("res_t"), load("res_u"), forceUnload("res_t"), unload("res_u"), shutdownGracefully());
  }

  @Test
  @Covers("safety/other-code-unmapped")
  void otherCodeUnmapped_delayedReleaseAfterItsLibClosed_legacyReports_engineSilent() {
    delayedReleaseIntoClosedLib().legacy().reports("safety/other-code-unmapped", "res_u");
    delayedReleaseIntoClosedLib().engine().clean();
  }

  /** res_keep calls block_unload; {@code unload -f res_keep} closes its lib anyway today. */
  private static Scenario forcedUnloadOfBlocked() {
    return Scenario.world("lib-closed-while-held")
        .module("res_keep", "", "block_unload=yes\n")
        .actions(load("res_keep"), forceUnload("res_keep"), shutdownGracefully());
  }

  @Test
  @Covers("safety/lib-closed-while-held")
  void libClosedWhileHeld_forcedUnloadOfABlockedModule_legacyReports_engineSilent() {
    forcedUnloadOfBlocked().legacy().reports("safety/lib-closed-while-held", "res_keep");
    forcedUnloadOfBlocked().engine().clean();
  }

  /** With dlcloseBeforeUnload, {@code unload res_d} closes res_d's lib, then runs its unload_module. */
  private static Scenario unloadAfterClose() {
    return Scenario.world("unload-module-unmapped")
        .module("res_d", "", "")
        .faults(LegacyFaults.today().withDlcloseBeforeUnload(true))
        .actions(load("res_d"), unload("res_d"));
  }

  @Test
  @Covers("safety/unload-module-unmapped")
  void unloadModuleUnmapped_libClosedBeforeUnloadModule_legacyReports_engineSilent() {
    unloadAfterClose().legacy().reports("safety/unload-module-unmapped", "res_d");
    unloadAfterClose().engine().clean();
  }

  /** res_f's load_module fails; with dlcloseTwiceOnFailure its lib is closed twice. */
  private static Scenario failedLoadClosedTwice() {
    return Scenario.world("lib-closed-twice")
        .module("res_f", "", "load=failure\n")
        .faults(LegacyFaults.today().withDlcloseTwiceOnFailure(true))
        .actions(load("res_f"));
  }

  @Test
  @Covers("safety/lib-closed-twice")
  void libClosedTwice_failedLoadClosedByTwoOwners_legacyReports_engineSilent() {
    failedLoadClosedTwice().legacy().reports("safety/lib-closed-twice", "res_f");
    failedLoadClosedTwice().engine().clean();
  }

  /**
   * A call on chan_n hangs up; with unrefTwice its release gives the count back twice, so the
   * second drop is by a holder that no longer holds.
   */
  private static Scenario releasedTwice() {
    return Scenario.world("holder-count-negative")
        .module("chan_n", "", "[registers]\nchannel_tech=N\n")
        .faults(LegacyFaults.today().withUnrefTwice(true))
        .actions(load("chan_n"), call("chan_n", "N"), reloadDialplan(), reloadDialplan(), shutdownGracefully());
  }

  @Test
  @Covers("safety/holder-count-negative")
  void holderCountNegative_channelReleasedTwice_legacyReports_engineSilent() {
    releasedTwice().legacy().reports("safety/holder-count-negative", "chan_n");
    releasedTwice().engine().clean();
  }
}
