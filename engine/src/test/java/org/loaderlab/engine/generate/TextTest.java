package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Goal: values quoted in messages stay short and on one line; manifest values become one line. */
class TextTest {

  @Test
  void quote_cutsLongValues_andLineBreaks() {
    assertThat(Text.quote("a\nb")).isEqualTo("a b");
    assertThat(Text.quote("x".repeat(100))).isEqualTo("x".repeat(60) + "...");
  }

  @Test
  void oneLine_collapsesControlAndWhiteSpace() {
    assertThat(Text.oneLine("\t Line one\r\n\tline\u0000two  ")).isEqualTo("Line one line two");
    assertThat(Text.oneLine(" \n ")).isEmpty();
  }
}
