package org.loaderlab.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goal: a command line splits into words the way Asterisk's CLI splits it, and an oversized line
 * is refused before it is split. Method: lines at and just past each limit.
 */
class CommandWordsTest {

  @Test
  void split_anyWhiteSpaceOrControlCharacter_separatesWords() {
    assertThat(CommandWords.split(" module\tload \u00a0chan_sip\r\n").words()).containsExactly("module", "load", "chan_sip");
    assertThat(CommandWords.split("a\u0000b\u0007c").words()).containsExactly("a", "b", "c");
    assertThat(CommandWords.split("").words()).isEmpty();
  }

  @Test
  void split_atTheLimits_isAccepted_pastThem_refusedWithTheLimit() {
    assertThat(CommandWords.split("x".repeat(CommandWords.CHARS_MAX)).problem()).isEmpty();
    assertThat(CommandWords.split("x".repeat(CommandWords.CHARS_MAX + 1)).problem())
        .contains("command is 4097 characters long, the limit is 4096");
    assertThat(CommandWords.split("w ".repeat(CommandWords.WORDS_MAX)).words()).hasSize(64);
    assertThat(CommandWords.split("w ".repeat(CommandWords.WORDS_MAX + 1)).problem())
        .contains("command has more than 64 words");
  }
}
