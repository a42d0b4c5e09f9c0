package org.loaderlab.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goal: {@link LegacyFaults#today()} is today's loader (only the checksum is skipped, because
 * there is no manifest to check), each wither turns exactly its own switch, and
 * {@link LegacyFaults#enabled()} names the switches for a report in a fixed order.
 */
class LegacyFaultsTest {

  @Test
  void today_skipsOnlyTheChecksum() {
    assertThat(LegacyFaults.today().enabled()).containsExactly("skipChecksum");
  }

  @Test
  void withers_eachTurnTheirOwnSwitch() {
    LegacyFaults none = LegacyFaults.today().withSkipChecksum(false);

    assertThat(none.enabled()).isEmpty();
    assertThat(none.withIgnoreLoadPriority(true).enabled()).containsExactly("ignoreLoadPriority");
    assertThat(none.withWorstProviderForServices(true).enabled()).containsExactly("worstProviderForServices");
    assertThat(none.withRequireNotFatal(true).enabled()).containsExactly("requireNotFatal");
    assertThat(none.withSkipChecksum(true).enabled()).containsExactly("skipChecksum");
    assertThat(none.withLeakRegistrations(true).enabled()).containsExactly("leakRegistrations");
    assertThat(none.withSkipDlclose(true).enabled()).containsExactly("skipDlclose");
    assertThat(none.withDialplanAutoload(true).enabled()).containsExactly("dialplanAutoload");
    assertThat(none.withDlcloseBeforeUnload(true).enabled()).containsExactly("dlcloseBeforeUnload");
    assertThat(none.withDlcloseTwiceOnFailure(true).enabled()).containsExactly("dlcloseTwiceOnFailure");
    assertThat(none.withUnrefTwice(true).enabled()).containsExactly("unrefTwice");
    assertThat(none.withLockedModuleCallbacks(true).enabled()).containsExactly("lockedModuleCallbacks");
    assertThat(none.withDryRunRootOnly(true).enabled()).containsExactly("dryRunRootOnly");
    assertThat(none.withGiveUpMidLoad(true).enabled()).containsExactly("giveUpMidLoad");
    assertThat(none.withRetryDeclinedForever(true).enabled()).containsExactly("retryDeclinedForever");
  }

  @Test
  void enabled_listsEverySwitchInDeclarationOrder() {
    LegacyFaults all = LegacyFaults.all();

    assertThat(all.enabled()).containsExactly("ignoreLoadPriority", "worstProviderForServices", "requireNotFatal",
        "skipChecksum", "leakRegistrations", "skipDlclose", "dialplanAutoload", "dlcloseBeforeUnload",
        "dlcloseTwiceOnFailure", "unrefTwice", "lockedModuleCallbacks", "dryRunRootOnly", "giveUpMidLoad",
        "retryDeclinedForever");
    assertThat(all.withGiveUpMidLoad(false).withRetryDeclinedForever(false).withIgnoreLoadPriority(false)
        .withUnrefTwice(false).enabled())
        .containsExactly("worstProviderForServices", "requireNotFatal", "skipChecksum", "leakRegistrations",
            "skipDlclose", "dialplanAutoload", "dlcloseBeforeUnload", "dlcloseTwiceOnFailure", "lockedModuleCallbacks",
            "dryRunRootOnly");
  }
}
