package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a lib never begins to close while it is held or blocked, a check that throws in
 * production too (not an assertion). Method: one lib in each state.
 */
class LibTest {

  private final Lib lib = new Lib(ModuleName.of("res_crypto"), 10);

  @Test
  void beginClose_whileHeld_throws() {
    lib.phase = Lib.Phase.OPEN;
    lib.holders.add(new Holder(HolderKind.EXECUTION, "application:Dial#1"), "a call");
    assertThat(lib.isClosable()).isFalse();
    assertThatThrownBy(lib::beginClose).isInstanceOf(IllegalStateException.class)
        .hasMessage("lib of res_crypto cannot close: OPEN, held by [execution:application:Dial#1]");
  }

  @Test
  void beginClose_whileBlocked_throws() {
    lib.phase = Lib.Phase.OPEN;
    lib.blocked = true;
    assertThatThrownBy(lib::beginClose).isInstanceOf(IllegalStateException.class).hasMessageEndingWith(", blocked");
  }

  @Test
  void beginClose_unheld_marksItClosing_soNothingCanHoldIt() {
    lib.phase = Lib.Phase.OPEN;
    lib.beginClose();
    assertThat(lib.phase).isEqualTo(Lib.Phase.CLOSING);
    assertThat(lib.isOpen()).isFalse();
    assertThatThrownBy(lib::beginClose).isInstanceOf(IllegalStateException.class);
  }
}
