package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Goal: a thread is an identifier, optionally using a key, and prints as its {@code [threads]} value. */
class BinaryThreadTest {

  @Test
  void toString_isTheValue() {
    assertThat(BinaryThread.of("monitor")).hasToString("monitor");
    assertThat(BinaryThread.using("io", "buf")).hasToString("io:uses=buf");
  }

  @Test
  void construct_badNames_refused() {
    assertThatThrownBy(() -> BinaryThread.of("a b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid thread name 'a b': use letters, digits and '_' only");
    assertThatThrownBy(() -> BinaryThread.using("io", "")).hasMessage("invalid threadstorage key '': it is empty");
  }
}
