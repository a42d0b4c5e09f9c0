package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Goal: startup follows modules.conf (autoload, load=, require=, noload, neverload): dependencies
 * first, then load priority, then name; a required module that cannot start fails startup and
 * stops what started; the best loadable service provider is chosen; [canuse] modules are told
 * when a provider arrives; shutdown leaves only blocked libs open. Method: small worlds on Jimfs,
 * the deterministic runtime, the event trace.
 */
class LifecycleEngineStartupTest {

  private final World world = new World();

  @AfterEach
  void close() throws IOException {
    world.close();
  }

  @Test
  void autoload_startsDependenciesFirst_thenByPriority_thenByName() {
    world.module("app_b");
    world.module("app_a", "[uses]", "module=res_late");
    world.module("res_late", "load_priority=devstate_consumer");
    world.module("chan_x", "load_priority=channel_driver");
    world.module("res_realtime", "load_priority=realtime_driver");
    world.modulesConf("[modules]", "autoload=yes");
    Outcome outcome = world.start();
    assertThat(outcome.success()).isTrue();
    assertThat(world.eventsOf(LifecycleEvent.InstanceRunning.class))
        .containsExactly("res_realtime", "chan_x", "app_b", "res_late", "app_a");
    assertThat(world.status("app_a").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "autoload"));
    assertThat(world.status("res_late").instanceHolders())
        .containsExactly(new Holder(HolderKind.ADMIN, "autoload"), new Holder(HolderKind.DEPENDENT, "app_a"));
  }

  @Test
  void startup_loadAndRequire_holdTheirLines_noloadStillLoadsAsDependency_neverloadRefusesDependents() {
    world.module("chan_sip", "[uses]", "module=res_rtp");
    world.module("res_rtp");
    world.module("app_system");
    world.module("pbx_lua", "[uses]", "module=app_system");
    world.modulesConf("[modules]", "autoload=no", "require=chan_sip", "load=pbx_lua", "noload=res_rtp",
        "neverload=app_system");
    Outcome outcome = world.start();
    assertThat(outcome.success()).isTrue();
    assertThat(outcome.problems()).containsExactly(
        new Refusal(ModuleName.of("app_system"), "app_system cannot load: neverload bans it (modules.conf:6)"),
        new Refusal(ModuleName.of("pbx_lua"), "pbx_lua cannot load: it needs app_system, which neverload bans (modules.conf:6)"));
    assertThat(world.status("chan_sip").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "modules.conf:3"));
    assertThat(world.isRunning(ModuleName.of("res_rtp"))).isTrue();
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("chan_sip"), ModuleName.of("res_rtp"));
  }

  @Test
  void require_thatCannotStart_failsStartup_andStopsWhatStarted() {
    world.module("res_a");
    world.module("chan_sip", "[uses]", "module=res_b");
    world.module("res_b");
    world.code("chan_sip").loadResult(LoadResult.FAILURE);
    world.modulesConf("[modules]", "autoload=no", "load=res_a", "require=chan_sip");
    Outcome outcome = world.start();
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly(
        "chan_sip cannot load: load_module failed; require=chan_sip (modules.conf:4) makes startup fail");
    assertThat(world.transitions()).contains("started res_a", "started res_b", "failed chan_sip", "stopped res_a",
        "stopped res_b");
    assertThat(world.linker.openLibs()).isEmpty();
    assertThat(world.engine().show()).allMatch(s -> s.state() == ModuleStatus.State.NOT_RUNNING && s.useCount() == 0);
  }

  @Test
  void require_ofABannedModule_preventsStartup() {
    world.module("app_system");
    world.module("res_a");
    world.modulesConf("[modules]", "autoload=yes", "require=app_system", "neverload=app_system");
    Outcome outcome = world.start();
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.plan().steps()).isEmpty();
    assertThat(outcome.problems()).extracting(Refusal::reason).contains(
        "app_system cannot load: neverload bans it (modules.conf:4); require=app_system (modules.conf:3) makes startup fail");
    assertThat(world.linker.openLibs()).isEmpty();
  }

  @Test
  void service_needsTheBestLoadableProvider_skippingABannedOne() {
    world.module("chan_iax", "[uses]", "service=timing");
    world.module("res_timing_timerfd", "[provides]", "timing=timerfd:200");
    world.module("res_timing_dahdi", "[provides]", "timing=dahdi:100");
    world.module("res_timing_pthread", "[provides]", "timing=pthread:10");
    Outcome best = world.load("chan_iax");
    assertThat(best.success()).isTrue();
    assertThat(world.status("chan_iax").state()).isEqualTo(ModuleStatus.State.RUNNING);
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("chan_iax"), ModuleName.of("res_timing_timerfd"));

    try (World banned = new World()) {
      banned.module("chan_iax", "[uses]", "service=timing");
      banned.module("res_timing_timerfd", "[provides]", "timing=timerfd:200");
      banned.module("res_timing_dahdi", "[provides]", "timing=dahdi:100");
      banned.modulesConf("[modules]", "neverload=res_timing_timerfd");
      banned.load("chan_iax");
      assertThat(banned.linker.openLibs()).containsExactly(ModuleName.of("chan_iax"), ModuleName.of("res_timing_dahdi"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void extconfig_realtimeDriver_isADependencyOfTheModuleReadingTheFile() {
    world.module("pbx_config", "config=extensions.conf");
    world.module("res_config_sqlite3", "[provides]", "realtime=sqlite3");
    world.extConfig("[settings]", "extensions.conf => sqlite3,asterisk,ast_config");
    world.load("pbx_config");
    assertThat(world.eventsOf(LifecycleEvent.InstanceRunning.class)).containsExactly("res_config_sqlite3", "pbx_config");
  }

  @Test
  void canUse_isToldWhenAProviderArrivesLater_andNeverLoadsIt() {
    world.module("chan_sip", "[canuse]", "module=res_crypto");
    world.module("res_crypto");
    world.load("chan_sip");
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("chan_sip"));
    world.load("res_crypto");
    assertThat(world.log).contains("chan_sip can use res_crypto");
    assertThat(world.events).filteredOn(LifecycleEvent.CanUseNotified.class::isInstance).hasSize(1);
  }

  @Test
  void shutdownNow_cancelsEveryUser_andLeavesOnlyBlockedLibs() throws Exception {
    world.module("chan_sip", "[uses]", "module=res_rtp");
    world.module("res_rtp");
    world.module("res_crypto").blockUnload();
    world.modulesConf("[modules]", "autoload=yes");
    world.start();
    UserHandle[] call = new UserHandle[1];
    call[0] = world.engine().addUser(ModuleName.of("chan_sip"), HolderKind.CHANNEL, "SIP/1", () -> call[0].release());
    Outcome outcome = world.run(world.engine().shutdown(false));
    assertThat(outcome.success()).isTrue();
    world.runtime.runUntilIdle();
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("res_crypto"));
    assertThat(world.engine().show()).allMatch(s -> s.state() == ModuleStatus.State.NOT_RUNNING);
    assertThat(world.load("res_rtp").problems()).extracting(Refusal::reason)
        .containsExactly("res_rtp cannot load: the loader is shutting down");
  }

  @Test
  void shutdownGracefully_waitsForUsers() throws Exception {
    world.module("chan_sip");
    world.modulesConf("[modules]", "autoload=yes");
    world.start();
    UserHandle call = world.engine().addUser(ModuleName.of("chan_sip"), HolderKind.CHANNEL, "SIP/1", () -> {
      throw new AssertionError("a graceful shutdown does not hang up");
    });
    Outcome outcome = world.run(world.engine().shutdown(true));
    assertThat(outcome.plan().waiting()).containsExactly("chan_sip waits for channel:SIP/1");
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("chan_sip"));
    call.release();
    world.runtime.runUntilIdle();
    assertThat(world.linker.openLibs()).isEmpty();
  }

  @Test
  void hotInstall_newManifestIsFound_andAChangedOneAppliesOnTheNextLoad() {
    world.module("res_a");
    world.load("res_a");
    world.module("res_new");
    assertThat(world.engine().complete("res_n")).containsExactly(ModuleName.of("res_new"));
    world.module("res_dep");
    world.module("res_a", "[uses]", "module=res_dep");
    assertThat(world.load("res_new").success()).isTrue();
    assertThat(world.isRunning(ModuleName.of("res_dep"))).as("running res_a keeps its old manifest").isFalse();
    world.unload("res_a", false);
    world.load("res_a");
    assertThat(world.status("res_dep").instanceHolders()).containsExactly(new Holder(HolderKind.DEPENDENT, "res_a"));
  }

  @Test
  void embeddedModule_loadsWithoutABinary() {
    world.embedded("extconfig");
    world.module("res_a", "[uses]", "module=extconfig");
    assertThat(world.load("res_a").success()).isTrue();
    assertThat(world.eventsOf(LifecycleEvent.LibOpened.class)).containsExactly("extconfig", "res_a");
  }
}
