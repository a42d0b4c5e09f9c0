package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Goal: {@code module load X} starts what X needs first, holds each dependency by its dependent
 * (instance and lib), makes the admin X's holder, and refuses, changing nothing, whatever cannot
 * load: unknown, banned, a banned dependency, a cycle, a missing provider, a bad checksum, a lib
 * the linker refuses, a load_module that declines, fails or throws. Method: small worlds on Jimfs,
 * the deterministic test runtime, and {@code module show} plus the mapped libs compared before
 * and after each refusal.
 */
class LifecycleEngineLoadTest {

  private final World world = new World();

  @AfterEach
  void close() throws IOException {
    world.close();
  }

  private static Holder dependent(String module) {
    return new Holder(HolderKind.DEPENDENT, module);
  }

  @Test
  void load_startsDependenciesFirst_andEachDependentHoldsItsDependency() {
    // res_a -> res_b -> res_c
    world.module("res_a", "[uses]", "module=res_b");
    world.module("res_b", "[uses]", "module=res_c");
    world.module("res_c");
    Outcome outcome = world.load("res_a");
    assertThat(outcome.success()).isTrue();
    assertThat(world.transitions()).containsExactly("opened res_c", "started res_c", "opened res_b", "started res_b",
        "opened res_a", "started res_a");
    assertThat(world.status("res_a").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "cli"));
    assertThat(world.status("res_b").instanceHolders()).containsExactly(dependent("res_a"));
    assertThat(world.status("res_c").instanceHolders()).containsExactly(dependent("res_b"));
    assertThat(world.status("res_c").libHolders())
        .containsExactly(dependent("res_b"), new Holder(HolderKind.OWN_INSTANCE, "res_c"));
    assertThat(world.status("res_c").useCount()).isEqualTo(1);
  }

  @Test
  void load_alreadyRunning_onlyAddsTheAdminHolder() {
    world.module("res_a", "[uses]", "module=res_b");
    world.module("res_b");
    world.load("res_a");
    world.clearEvents();
    Outcome outcome = world.load("res_b");
    assertThat(outcome.success()).isTrue();
    assertThat(outcome.plan().steps()).hasSize(1);
    assertThat(world.transitions()).isEmpty();
    assertThat(world.status("res_b").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "cli"), dependent("res_a"));
  }

  @Test
  void load_unknown_isRefused_andChangesNothing() {
    world.module("res_a");
    String before = world.state();
    Outcome outcome = world.load("res_nope");
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems()).containsExactly(new Refusal(ModuleName.of("res_nope"), "res_nope cannot load: it is not installed"));
    assertThat(world.state()).isEqualTo(before);
  }

  @Test
  void load_banned_isRefusedWithTheNeverloadLine() {
    world.module("app_system");
    world.modulesConf("[modules]", "autoload=no", "neverload=app_system");
    String before = world.state();
    Outcome outcome = world.load("app_system");
    assertThat(outcome.problems()).extracting(Refusal::reason)
        .containsExactly("app_system cannot load: neverload bans it (modules.conf:3)");
    assertThat(world.state()).isEqualTo(before);
    assertThat(world.eventsOf(LifecycleEvent.LoadRefused.class)).containsExactly("app_system");
  }

  @Test
  void load_bannedDependency_refusesItsDependent() {
    world.module("chan_sip");
    world.module("cdr_custom");
    world.modulesConf("[modules]", "autoload=no", "", "", "", "", "", "neverload=cdr_custom", "[uses]", "chan_sip=cdr_custom");
    String before = world.state();
    Outcome outcome = world.load("chan_sip");
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems()).extracting(Refusal::reason).contains(
        "chan_sip cannot load: it needs cdr_custom, which neverload bans (modules.conf:8)");
    assertThat(world.state()).isEqualTo(before);
    assertThat(world.engine().whyNot(ModuleName.of("chan_sip")))
        .isEqualTo("chan_sip cannot load: it needs cdr_custom, which neverload bans (modules.conf:8)");
  }

  @Test
  void load_cycle_refusesEveryModuleOnIt_andNamesTheCycleFromItsSmallestName() {
    world.module("res_top", "[uses]", "module=res_z");
    world.module("res_z", "[uses]", "module=res_m");
    world.module("res_m", "[uses]", "module=res_z");
    String before = world.state();
    Outcome outcome = world.load("res_top");
    assertThat(outcome.problems()).containsExactly(
        new Refusal(ModuleName.of("res_m"), "res_m cannot load: it is on the dependency cycle res_m -> res_z -> res_m"),
        new Refusal(ModuleName.of("res_top"),
            "res_top cannot load: it needs res_z, which is on the dependency cycle res_m -> res_z -> res_m"),
        new Refusal(ModuleName.of("res_z"), "res_z cannot load: it is on the dependency cycle res_m -> res_z -> res_m"));
    assertThat(world.state()).isEqualTo(before);
  }

  @Test
  void load_missingProvider_isRefused() {
    world.module("pbx_config", "[uses]", "application=Gosub");
    Outcome outcome = world.load("pbx_config");
    assertThat(outcome.problems()).extracting(Refusal::reason)
        .containsExactly("pbx_config cannot load: it needs application=Gosub, which nothing provides");
    assertThat(world.linker.openLibs()).isEmpty();
  }

  @Test
  void load_checksumMismatch_isRefused_andTheDependencyStartedForItStopsAgain() {
    world.module("res_a", "[uses]", "module=res_b");
    world.module("res_b");
    world.corruptBinary("res_a");
    world.engine().show();
    String before = world.state();
    Outcome outcome = world.load("res_a");
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems().get(0).reason()).startsWith("res_a cannot load: checksum ").contains("does not match res_a.so");
    assertThat(world.transitions()).containsExactly("opened res_b", "started res_b", "stopped res_b", "closed res_b");
    assertThat(world.state()).isEqualTo(before);
  }

  @Test
  void load_linkException_isRefused_andStateIsUnchanged() {
    world.module("res_a", "[uses]", "module=res_b");
    world.module("res_b");
    world.linker.refuse(ModuleName.of("res_a"), "undefined symbol: ast_res_a");
    world.engine().show();
    String before = world.state();
    Outcome outcome = world.load("res_a");
    assertThat(outcome.problems()).extracting(Refusal::reason)
        .containsExactly("res_a cannot load: the linker cannot open it: undefined symbol: ast_res_a");
    assertThat(world.state()).isEqualTo(before);
  }

  @Test
  void load_decline_releasesEverythingItTook() {
    world.module("res_a", "[uses]", "module=res_b", "[provides]", "application=Thing").registers(RegistrationKind.APPLICATION, "Thing").loadResult(LoadResult.DECLINE);
    world.module("res_b");
    world.engine().show();
    String before = world.state();
    Outcome outcome = world.load("res_a");
    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly("res_a cannot load: load_module declined");
    assertThat(world.eventsOf(LifecycleEvent.InstanceFailed.class)).containsExactly("res_a");
    assertThat(world.eventsOf(LifecycleEvent.RegistrationRemoved.class)).containsExactly("res_a");
    assertThat(world.transitions()).containsExactly("opened res_b", "started res_b", "opened res_a", "failed res_a",
        "closed res_a", "stopped res_b", "closed res_b");
    assertThat(world.state()).isEqualTo(before);
  }

  @Test
  void load_dependencyFails_refusesTheDependent_withTheChain() {
    world.module("res_a", "[uses]", "module=res_b");
    world.module("res_b", "[uses]", "module=res_c").loadResult(LoadResult.FAILURE);
    world.module("res_c");
    world.engine().show();
    String before = world.state();
    Outcome outcome = world.load("res_a");
    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly(
        "res_a cannot load: it needs res_b, which failed to start (load_module failed)",
        "res_b cannot load: load_module failed");
    assertThat(world.state()).isEqualTo(before);
    assertThat(world.engine().whyNot(ModuleName.of("res_b"))).isEqualTo("res_b cannot load: load_module failed");
  }

  @Test
  void load_moduleCodeThrows_isAFailure_andStateIsUnchanged() {
    world.module("res_a").loadThrows(new IllegalStateException("boom"));
    world.engine().show();
    String before = world.state();
    Outcome outcome = world.load("res_a");
    assertThat(outcome.problems()).extracting(Refusal::reason)
        .containsExactly("res_a cannot load: load_module threw IllegalStateException: boom");
    assertThat(world.state()).isEqualTo(before);
  }

  @Test
  void plan_dryRun_equalsTheExecutedPlan() {
    world.module("res_a", "[uses]", "module=res_b", "service=timing");
    world.module("res_b");
    world.module("res_timing_timerfd", "[provides]", "timing=timerfd:200");
    Plan dryRun = world.engine().plan(new Operation.Load(ModuleName.of("res_a")));
    assertThat(world.events).isEmpty();
    Outcome outcome = world.load("res_a");
    assertThat(outcome.plan()).isEqualTo(dryRun);
    assertThat(world.events.get(0)).isEqualTo(new LifecycleEvent.PlanDecided(1, ModuleName.of("res_a"), dryRun));
  }
}
