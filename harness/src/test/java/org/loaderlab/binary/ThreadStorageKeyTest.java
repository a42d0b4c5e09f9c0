package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Goal: a key is an identifier and prints as its {@code [threadstorage]} value. */
class ThreadStorageKeyTest {

  @Test
  void toString_isTheValue() {
    assertThat(new ThreadStorageKey("buf", true)).hasToString("buf:destructor");
    assertThat(new ThreadStorageKey("buf", false)).hasToString("buf");
  }

  @Test
  void construct_notAnIdentifier_refused() {
    assertThatThrownBy(() -> new ThreadStorageKey("a:b", true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid threadstorage key 'a:b': use letters, digits and '_' only");
    String longest = "k".repeat(BinarySyntax.IDENTIFIER_CHARS_MAX);
    assertThat(new ThreadStorageKey(longest, false).name()).hasSize(128);
    assertThatThrownBy(() -> new ThreadStorageKey(longest + "k", false))
        .hasMessageEndingWith("it is 129 characters long, the limit is 128");
  }
}
