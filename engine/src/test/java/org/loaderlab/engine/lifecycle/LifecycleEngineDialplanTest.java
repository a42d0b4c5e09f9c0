package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;

/**
 * Goal: the dialplan is a user (holder {@code dialplan:dialplan}) of every running provider of
 * the applications and functions it uses: taken at startup, swapped by a reload with the new
 * holds taken before the old ones are dropped, cancelled by a forced unload; it never starts a
 * module, so it never makes a banned one run. And {@code why} / {@code why-not} explain holders
 * and stops in plain text. Method: small worlds with an extensions.conf, the deterministic runtime.
 *
 * <pre>
 *   app_stack provides application=Gosub; app_dial provides application=Dial
 *   [test] exten => s,1,Gosub(mymacro,s,1(test))
 * </pre>
 */
class LifecycleEngineDialplanTest {

  private static final Holder DIALPLAN = new Holder(HolderKind.DIALPLAN, "dialplan");

  private final World world = new World();

  @AfterEach
  void close() throws IOException {
    world.close();
  }

  private void modules() {
    world.module("app_stack", "[provides]", "application=Gosub");
    world.module("app_dial", "[provides]", "application=Dial");
  }

  @Test
  void startup_dialplanHoldsTheProvidersItUses() {
    modules();
    world.modulesConf("[modules]", "autoload=yes");
    world.dialplan("[test]", "exten => s,1,Gosub(mymacro,s,1(test))");
    world.start();
    assertThat(world.status("app_stack").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "autoload"), DIALPLAN);
    assertThat(world.status("app_dial").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "autoload"));
    Outcome unload = world.unload("app_stack", false);
    assertThat(unload.plan().waiting()).containsExactly("app_stack waits for dialplan:dialplan");
  }

  @Test
  void reload_swapsTheHolds_newOnesBeforeOldOnesDropped_andStopsWhatNothingElseHolds() {
    modules();
    world.modulesConf("[modules]", "autoload=yes");
    world.dialplan("[test]", "exten => s,1,Gosub(mymacro,s,1(test))");
    world.start();
    world.unload("app_stack", false);
    world.clearEvents();
    Outcome reload = world.run(world.engine().loadDialplan(World.parseDialplan("[test]", "exten => s,1,Dial(SIP/alice)")));
    assertThat(reload.success()).isTrue();
    assertThat(reload.plan().steps()).extracting(step -> step.getClass().getSimpleName() + " " + step.module())
        .containsExactly("Hold app_dial", "Release app_stack", "StopInstance app_stack", "CloseLib app_stack");
    assertThat(((PlanStep.Hold) reload.plan().steps().get(0)).because())
        .isEqualTo("the dialplan uses application=Dial in test,s (extensions.conf:2)");
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("app_dial"));
    assertThat(world.engine().whyNot(ModuleName.of("app_stack"))).isEqualTo("app_stack stopped because its last user "
        + "dialplan:dialplan released it because the new dialplan does not use app_stack because the admin ran `dialplan reload`");
  }

  @Test
  void dialplan_neverStartsAModule_soABannedProviderNeverRuns() {
    modules();
    world.modulesConf("[modules]", "autoload=yes", "neverload=app_stack");
    world.dialplan("[test]", "exten => s,1,Gosub(mymacro,s,1(test))");
    world.start();
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("app_dial"));
    world.run(world.engine().loadDialplan(World.parseDialplan("[test]", "exten => s,1,Gosub(x,s,1)")));
    assertThat(world.linker.openLibs()).containsExactly(ModuleName.of("app_dial"));
  }

  @Test
  void loadAfterwards_theDialplanHoldsAProviderThatStartsLater() {
    modules();
    world.dialplan("[test]", "exten => s,1,Gosub(mymacro,s,1(test))");
    world.start();
    world.load("app_stack");
    assertThat(world.status("app_stack").instanceHolders()).containsExactly(new Holder(HolderKind.ADMIN, "cli"), DIALPLAN);
  }

  @Test
  void unloadForce_cancelsTheDialplanHold() {
    modules();
    world.dialplan("[test]", "exten => s,1,Gosub(mymacro,s,1(test))");
    world.load("app_stack");
    world.unload("app_stack", true);
    assertThat(world.linker.openLibs()).isEmpty();
    assertThat(world.events).filteredOn(LifecycleEvent.UserCancelled.class::isInstance)
        .extracting(e -> ((LifecycleEvent.UserCancelled) e).user()).containsExactly(DIALPLAN);
  }

  @Test
  void why_namesEachHolderWithItsReason_andWhyTheDependentRuns() {
    world.module("chan_sip", "[uses]", "module=res_rtp");
    world.module("res_rtp", "[provides]", "function=RTP").registers(org.loaderlab.engine.spi.RegistrationKind.FUNCTION, "RTP");
    world.load("chan_sip");
    assertThat(world.engine().why(ModuleName.of("res_rtp"))).isEqualTo(String.join("\n", List.of(
        "res_rtp is running, held by:",
        "- dependent:chan_sip: chan_sip needs module=res_rtp; chan_sip runs because admin:cli holds it: "
            + "the admin ran `module load chan_sip`",
        "its lib is open, held by:",
        "- dependent:chan_sip: the lib of chan_sip uses it",
        "- own_instance:res_rtp: its instance holds it until it stops",
        "- registration:function:RTP: it registers function RTP")));
    assertThat(world.engine().why(ModuleName.of("app_none"))).isEqualTo("app_none is not running and its lib is closed");
    assertThat(world.engine().whyNot(ModuleName.of("res_rtp"))).isEqualTo("res_rtp is running");
    assertThat(world.engine().whyNot(ModuleName.of("app_none"))).isEqualTo("app_none is not installed");
  }

  @Test
  void journal_keepsTheOperationsWithTheirDecisions() {
    world.module("res_a");
    world.load("res_a");
    world.unload("res_a", false);
    assertThat(world.engine().journal()).containsExactly(
        "#1 `module load res_a`\n  res_a's lib opened because the admin ran `module load res_a`\n"
            + "  res_a started because the admin ran `module load res_a`",
        "#2 `module unload res_a`\n  res_a stopped because its last user admin:cli released it because the admin ran "
            + "`module unload res_a`\n  res_a's lib closed because nothing holds its lib any more because res_a stopped "
            + "because its last user admin:cli released it because the admin ran `module unload res_a`");
  }
}
