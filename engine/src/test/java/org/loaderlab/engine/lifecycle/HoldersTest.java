package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a holder holds at most once, the count never goes below zero (a release of a holder that
 * does not hold trips the assertion), and a full set refuses with the limit named. Method: one
 * small set with a limit of two.
 */
class HoldersTest {

  private final Holders holders = new Holders(ModuleName.of("chan_sip"), RefTarget.INSTANCE, 2);
  private final Holder alice = new Holder(HolderKind.CHANNEL, "SIP/alice");

  @Test
  void add_twice_isRefused() {
    holders.add(alice, "a call");
    assertThatThrownBy(() -> holders.add(alice, "again")).isInstanceOf(IllegalStateException.class)
        .hasMessage("channel:SIP/alice already holds the instance of chan_sip");
  }

  @Test
  void remove_ofAHolderThatDoesNotHold_tripsTheAssertion() {
    assertThatThrownBy(() -> holders.remove(alice)).isInstanceOf(AssertionError.class);
    assertThat(holders.count()).isZero();
  }

  @Test
  void add_pastTheLimit_namesIt() {
    holders.add(alice, "a call");
    holders.add(new Holder(HolderKind.CHANNEL, "SIP/bob"), "a call");
    assertThat(holders.isFull()).isTrue();
    assertThatThrownBy(() -> holders.add(new Holder(HolderKind.CHANNEL, "SIP/carol"), "a call"))
        .hasMessage("the instance of chan_sip has 2 holders (usersPerModuleMax)");
  }

  @Test
  void holders_areSortedByKindThenId_withTheirReasons() {
    holders.add(alice, "a call");
    holders.add(new Holder(HolderKind.ADMIN, "cli"), "the admin");
    assertThat(holders.holders()).extracting(Holder::toString).containsExactly("admin:cli", "channel:SIP/alice");
    assertThat(holders.reasons()).containsEntry(alice, "a call");
  }

  @Test
  void holders_readBetweenChanges_followEveryAddAndRemove() {
    holders.add(alice, "a call");
    var first = holders.holders();
    assertThat(holders.holders()).isSameAs(first);
    Holder admin = new Holder(HolderKind.ADMIN, "cli");
    holders.add(admin, "the admin");
    assertThat(holders.holders()).containsExactly(admin, alice);
    holders.remove(alice);
    assertThat(holders.holders()).containsExactly(admin);
    assertThat(first).containsExactly(alice);
  }
}
