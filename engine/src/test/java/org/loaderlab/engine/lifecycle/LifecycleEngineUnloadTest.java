package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Goal: an instance stops when its last holder lets go, and only then: a plain unload releases
 * the admin and cascades downward to dependencies nobody else holds; a forced unload also cancels
 * every user, firmly unloading dependents (upward) and hanging up channels, which let go later.
 * Stopping removes registrations before unload_module runs; a lib stays open while a call runs
 * in it or after block_unload. Method: small worlds, the deterministic runtime, the event trace.
 *
 * <pre>
 *   chan_sip -> res_rtp -> res_timing        (-> : uses)
 * </pre>
 */
class LifecycleEngineUnloadTest {

  private final World world = new World();

  @AfterEach
  void close() throws IOException {
    world.close();
  }

  private void chain() {
    world.module("chan_sip", "[uses]", "module=res_rtp").registers(RegistrationKind.CHANNEL_TECH, "SIP");
    world.module("res_rtp", "[uses]", "module=res_timing");
    world.module("res_timing");
  }

  @Test
  void unload_cascadesDownward_toDependenciesNobodyElseHolds() {
    chain();
    world.load("chan_sip");
    world.clearEvents();
    Outcome outcome = world.unload("chan_sip", false);
    assertThat(outcome.success()).isTrue();
    assertThat(world.transitions()).containsExactly("stopped chan_sip", "closed chan_sip", "stopped res_rtp",
        "closed res_rtp", "stopped res_timing", "closed res_timing");
    assertThat(world.linker.openLibs()).isEmpty();
    assertThat(world.engine().whyNot(ModuleName.of("res_timing"))).isEqualTo("res_timing stopped because its last user res_rtp "
        + "released it because res_rtp stopped because its last user chan_sip released it because chan_sip stopped because "
        + "its last user admin:cli released it because the admin ran `module unload chan_sip`");
  }

  @Test
  void unload_dependencyHeldByTheAdmin_keepsRunning() {
    chain();
    world.load("chan_sip");
    world.load("res_timing");
    world.unload("chan_sip", false);
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("res_timing"));
    assertThat(world.status("res_timing").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "cli"));
  }

  @Test
  void unload_withAChannel_waitsForIt_andStopsWhenItHangsUp() throws Exception {
    chain();
    world.load("chan_sip");
    UserHandle call = world.engine().addUser(ModuleName.of("chan_sip"), HolderKind.CHANNEL, "SIP/alice-1", () -> {});
    Outcome outcome = world.unload("chan_sip", false);
    assertThat(outcome.plan().waiting()).containsExactly("chan_sip waits for channel:SIP/alice-1");
    assertThat(world.isRunning(ModuleName.of("chan_sip"))).isTrue();
    call.release();
    call.release();
    world.runtime.runUntilIdle();
    assertThat(world.linker.openLibs()).isEmpty();
    assertThat(world.engine().whyNot(ModuleName.of("chan_sip")))
        .isEqualTo("chan_sip stopped because its last user channel:SIP/alice-1 released it");
  }

  @Test
  void unload_notRunning_isRefused() {
    chain();
    Outcome outcome = world.unload("chan_sip", false);
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems()).extracting(r -> r.reason()).containsExactly("chan_sip cannot unload: it is not running");
  }

  @Test
  void unloadForce_cascadesUpward_andHangsUpChannels() throws Exception {
    // app_queue -> chan_sip -> res_rtp; a call on chan_sip, the admin holds both modules
    chain();
    world.module("app_queue", "[uses]", "module=chan_sip");
    world.load("app_queue");
    world.load("chan_sip");
    List<String> hungUp = new ArrayList<>();
    UserHandle[] call = new UserHandle[1];
    call[0] = world.engine().addUser(ModuleName.of("chan_sip"), HolderKind.CHANNEL, "SIP/alice-1", () -> {
      hungUp.add("SIP/alice-1");
      call[0].release();
    });
    world.clearEvents();
    Outcome outcome = world.unload("res_rtp", true);
    assertThat(outcome.success()).isTrue();
    assertThat(hungUp).containsExactly("SIP/alice-1");
    assertThat(world.eventsOf(LifecycleEvent.UserCancelled.class)).contains("chan_sip", "res_rtp");
    assertThat(world.transitions()).containsExactly("stopped app_queue", "closed app_queue", "stopped chan_sip",
        "closed chan_sip", "stopped res_rtp", "closed res_rtp", "stopped res_timing", "closed res_timing");
    assertThat(world.engine().whyNot(ModuleName.of("app_queue"))).isEqualTo("app_queue stopped because its last user "
        + "admin:cli released it because app_queue needs chan_sip, which is firmly unloaded because chan_sip needs res_rtp, "
        + "which is firmly unloaded because the admin ran `module unload -f res_rtp`");
  }

  @Test
  void unloadForce_refusesNewUsersWhileItWaits() throws Exception {
    chain();
    world.load("chan_sip");
    world.engine().addUser(ModuleName.of("chan_sip"), HolderKind.CHANNEL, "SIP/alice-1", () -> {});
    world.unload("chan_sip", true);
    assertThat(world.isRunning(ModuleName.of("chan_sip"))).isTrue();
    assertThatThrownBy(() -> world.engine().addUser(ModuleName.of("chan_sip"), HolderKind.CHANNEL, "SIP/bob-2", () -> {}))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("chan_sip takes no new users: it is being unloaded");
  }

  @Test
  void stop_removesRegistrationsBeforeUnloadModule_andTellsCanUseModulesFirst() {
    chain();
    world.module("res_stats", "[canuse]", "module=chan_sip");
    world.load("res_stats");
    world.load("chan_sip");
    assertThat(world.log).contains("res_stats can use chan_sip");
    world.log.clear();
    world.unload("chan_sip", false);
    assertThat(world.log).containsSubsequence("res_stats loses chan_sip (running: false)", "unload chan_sip (registered: [])");
    List<String> order = world.events.stream().filter(e -> e.module().equals(ModuleName.of("chan_sip"))
        || e instanceof LifecycleEvent.CanUseNotified).map(e -> e.getClass().getSimpleName()).toList();
    assertThat(order).containsSubsequence("InstanceStopping", "CanUseNotified", "RegistrationRemoved", "InstanceStopped",
        "LibClosed");
  }

  @Test
  void blockUnload_keepsTheLibOpen_afterTheInstanceStops() {
    world.module("res_crypto").blockUnload();
    world.load("res_crypto");
    world.unload("res_crypto", false);
    ModuleStatus status = world.status("res_crypto");
    assertThat(status.state()).isEqualTo(ModuleStatus.State.NOT_RUNNING);
    assertThat(status.libOpen()).isTrue();
    assertThat(status.unloadBlocked()).isTrue();
    assertThat(status.libHolders()).containsExactly(new Holder(HolderKind.BLOCK_UNLOAD, "block_unload"));
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("res_crypto"));
    assertThat(world.eventsOf(LifecycleEvent.UnloadBlocked.class)).containsExactly("res_crypto");
  }

  @Test
  void execute_holdsTheLibPastUnload_untilTheCallReturns() throws Exception {
    world.module("app_dial", "[provides]", "application=Dial").registers(RegistrationKind.APPLICATION, "Dial");
    world.load("app_dial");
    List<String> seen = new ArrayList<>();
    String result = world.engine().execute(RegistrationKind.APPLICATION, "dial", () -> {
      world.run(world.engine().unload(ModuleName.of("app_dial"), false));
      seen.add("stopped, lib open: " + world.linker.openLibs());
      return "answered";
    });
    assertThat(result).isEqualTo("answered");
    assertThat(seen).containsExactly("stopped, lib open: [app_dial]");
    world.runtime.runUntilIdle();
    assertThat(world.linker.openLibs()).isEmpty();
    assertThatThrownBy(() -> world.engine().execute(RegistrationKind.APPLICATION, "Dial", () -> "x"))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("no running module registers application 'Dial'");
  }

  @Test
  void callOptional_holdsProviderDuringTheCall_andSkipsAStoppedOne() {
    world.module("res_http_websocket");
    world.load("res_http_websocket");
    List<String> inside = new ArrayList<>();
    String answer = world.engine().callOptional(ModuleName.of("res_http_websocket"), () -> {
      inside.add(world.status("res_http_websocket").instanceHolders().toString());
      inside.add(world.status("res_http_websocket").libHolders().toString());
      return "ok";
    }).orElseThrow();
    assertThat(answer).isEqualTo("ok");
    assertThat(inside).containsExactly("[admin:cli, optional_call:call#1]", "[own_instance:res_http_websocket, optional_call:call#1]");
    world.unload("res_http_websocket", false);
    boolean[] ran = {false};
    assertThat(world.engine().callOptional(ModuleName.of("res_http_websocket"), () -> ran[0] = true)).isEmpty();
    assertThat(ran[0]).isFalse();
  }

  @Test
  void threadStorage_holdsTheLibUntilReleased() throws Exception {
    world.module("res_pjsip");
    world.load("res_pjsip");
    UserHandle thread = world.engine().attachThreadStorage(ModuleName.of("res_pjsip"), "pjsip-worker-1");
    world.unload("res_pjsip", false);
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("res_pjsip"));
    assertThat(world.status("res_pjsip").libHolders()).containsExactly(new Holder(HolderKind.THREAD_STORAGE, "pjsip-worker-1"));
    thread.release();
    world.runtime.runUntilIdle();
    assertThat(world.linker.openLibs()).isEmpty();
  }

  @Test
  void unloadModuleThrows_stoppingGoesOn() {
    world.module("res_a").unloadThrows(new IllegalStateException("oops"));
    world.load("res_a");
    world.unload("res_a", false);
    assertThat(world.linker.openLibs()).isEmpty();
    assertThat(world.engine().whyNot(ModuleName.of("res_a"))).endsWith(
        "; its unload_module threw IllegalStateException: oops, and stopping went on");
  }

  @Test
  void unload_plan_listsTheCascade() {
    chain();
    world.load("chan_sip");
    Outcome outcome = world.unload("chan_sip", false);
    assertThat(outcome.plan().steps()).extracting(step -> step.getClass().getSimpleName() + " " + step.module())
        .containsExactly("Release chan_sip", "StopInstance chan_sip", "CloseLib chan_sip", "StopInstance res_rtp",
            "CloseLib res_rtp", "StopInstance res_timing", "CloseLib res_timing");
    assertThat(outcome.plan().steps().get(0)).isInstanceOf(PlanStep.Release.class);
  }
}
