package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Goal: C escapes in string literals decode as C defines them. Method: lexed literals. */
class CEscapesTest {

  private static String literal(String body) {
    return Sources.tokens("\"" + body + "\"").get(0).text();
  }

  @Test
  void decode_namedEscapes() {
    assertThat(literal("a\\nb\\tc\\rd\\\\e\\\"f\\'g\\?h")).isEqualTo("a\nb\tc\rd\\e\"f'g?h");
    assertThat(literal("\\a\\b\\f\\v")).isEqualTo("\u0007\b\f\u000b");
  }

  @Test
  void decode_numericEscapes_stopAtTheirDigitLimit() {
    assertThat(literal("\\101\\1012")).isEqualTo("AA2");
    assertThat(literal("\\x41\\x41425")).isEqualTo("A\u41425");
    assertThat(literal("\\xg")).isEqualTo("xg");
    assertThat(literal("\\0")).isEqualTo("\0");
  }

  @Test
  void decode_unknownEscape_isTheCharacter() {
    assertThat(literal("\\q\\%")).isEqualTo("q%");
  }
}
