package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Goal: failure messages show values unambiguously: strings quoted and escaped, arrays by
 * content, huge values cut with their length. Method: render one value of each kind.
 */
class ValueTextTest {

  @Test
  void of_string_isQuotedAndEscaped() {
    assertThat(ValueText.of("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\u000a\"");
  }

  @Test
  void of_arrays_showTheirContent() {
    assertThat(ValueText.of(new byte[] {1, -2})).isEqualTo("[1, -2]");
    assertThat(ValueText.of(new int[][] {{1}, {2, 3}})).isEqualTo("[[1], [2, 3]]");
    assertThat(ValueText.of(new String[] {"a"})).isEqualTo("[a]");
  }

  @Test
  void of_otherValues_useToString() {
    assertThat(ValueText.of(null)).isEqualTo("null");
    assertThat(ValueText.of(List.of(1, 2))).isEqualTo("[1, 2]");
  }

  @Test
  void of_hugeValue_isCutAndSaysItsLength() {
    String text = ValueText.of("x".repeat(5000));

    assertThat(text)
        .startsWith("\"xxx")
        .hasSize(ValueText.CHARS_MAX + "... (5002 chars)".length())
        .endsWith("xxx... (5002 chars)");
  }
}
