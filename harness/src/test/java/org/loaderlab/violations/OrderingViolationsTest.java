package org.loaderlab.violations;

import static org.loaderlab.violations.Scenario.forceUnload;
import static org.loaderlab.violations.Scenario.load;
import static org.loaderlab.violations.Scenario.shutdownGracefully;

import org.junit.jupiter.api.Test;
import org.loaderlab.legacy.LegacyFaults;

/**
 * Goal: every ordering kind fires end to end against the legacy loader and stays silent on the
 * engine, for the same world and actions. Method: per kind a two- or three-module world written
 * here, a fixed action list, the legacy loader with the fault the kind needs, then the engine.
 */
class OrderingViolationsTest {

  /**
   * app_x needs application XRun, which only res_x provides. Today's loader follows
   * {@code module=} needs only, so {@code load app_x} starts app_x alone; the engine loads res_x
   * first.
   */
  private static Scenario applicationNeed() {
    return Scenario.world("started-before-dependency")
        .module("res_x", "[provides]\napplication=XRun\n", "[registers]\napplication=XRun\n")
        .module("app_x", "[uses]\napplication=XRun\n", "")
        .actions(load("app_x"), shutdownGracefully());
  }

  @Test
  @Covers("ordering/started-before-dependency")
  void startedBeforeDependency_applicationNeedNotLoaded_legacyReports_engineSilent() {
    applicationNeed().legacy().reports("ordering/started-before-dependency", "app_x", "res_x");
    applicationNeed().engine().clean();
  }

  /**
   * chan_y requires res_y ({@code module=}), both loaded by {@code load chan_y}; then
   * {@code unload -f res_y}. Today's forced unload stops res_y at once while chan_y, running,
   * still counts on it; the engine stops chan_y first.
   */
  private static Scenario forcedUnderDependent() {
    return Scenario.world("stopped-under-user")
        .module("res_y", "", "")
        .module("chan_y", "[uses]\nmodule=res_y\n", "")
        .actions(load("chan_y"), forceUnload("res_y"), shutdownGracefully());
  }

  @Test
  @Covers("ordering/stopped-under-user")
  void stoppedUnderUser_forcedUnloadOfARequiredModule_legacyReports_engineSilent() {
    forcedUnderDependent().legacy().reports("ordering/stopped-under-user", "res_y", "chan_y");
    forcedUnderDependent().engine().clean();
  }

  /**
   * autoload=yes; app_a (load_priority default) sorts before chan_z (channel_driver) by name.
   * With ignoreLoadPriority today's autoloader starts them by name, so app_a jumps chan_z.
   */
  private static Scenario autoloadByName() {
    return Scenario.world("load-priority-ignored")
        .modulesConf("[modules]\nautoload=yes\n")
        .module("app_a", "load_priority=default\n", "")
        .module("chan_z", "load_priority=channel_driver\n", "")
        .faults(LegacyFaults.today().withIgnoreLoadPriority(true))
        .actions(shutdownGracefully());
  }

  @Test
  @Covers("ordering/load-priority-ignored")
  void loadPriorityIgnored_autoloadByName_legacyReports_engineSilent() {
    autoloadByName().legacy().reports("ordering/load-priority-ignored", "chan_z", "app_a");
    autoloadByName().engine().clean();
  }

  /**
   * bridge_t needs {@code service=timing}; res_timing_fast ranks 200, res_timing_slow 100. With
   * worstProviderForServices the legacy walk takes the lowest; the engine takes the best.
   */
  private static Scenario timingService() {
    return Scenario.world("worse-provider")
        .module("res_timing_fast", "[provides]\ntiming=fast:200\n", "[registers]\nservice=timing:fast\n")
        .module("res_timing_slow", "[provides]\ntiming=slow:100\n", "[registers]\nservice=timing:slow\n")
        .module("bridge_t", "[uses]\nservice=timing\n", "")
        .faults(LegacyFaults.today().withWorstProviderForServices(true))
        .actions(load("bridge_t"), shutdownGracefully());
  }

  @Test
  @Covers("ordering/worse-provider")
  void worseProvider_lowestRankedTimingChosen_legacyReports_engineSilent() {
    timingService().legacy().reports("ordering/worse-provider", "bridge_t", "res_timing_slow", "res_timing_fast");
    timingService().engine().clean();
  }
}
