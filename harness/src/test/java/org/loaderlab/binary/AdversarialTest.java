package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/** Goal: the adversarial part is empty by default and never lists a module twice as used. */
class AdversarialTest {

  @Test
  void none_isNone() {
    assertThat(Adversarial.NONE.isNone()).isTrue();
    assertThat(new Adversarial(List.of(), Disposal.IGNORE, List.of(), List.of(), List.of()).isNone()).isFalse();
  }

  @Test
  void construct_userOfTwice_refused() {
    assertThatThrownBy(() -> new Adversarial(List.of(ModuleName.of("a"), ModuleName.of("A.so")), Disposal.RELEASE,
        List.of(), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("user_of lists a module twice: [a, A]");
  }
}
