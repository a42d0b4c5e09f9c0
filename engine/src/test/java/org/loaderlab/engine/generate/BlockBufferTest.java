package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Goal: a block keeps its text up to the limit, then only the fact that it overflowed. Method: tiny limits. */
class BlockBufferTest {

  @Test
  void xml_dropsTheClosingAsterisksAndTrailingSpace() {
    BlockBuffer buffer = new BlockBuffer(BlockKind.MODULEINFO, 3, 100);
    buffer.append(" <a/>");
    buffer.append("\n");
    buffer.append(" **");
    assertThat(buffer.overflowed()).isFalse();
    assertThat(buffer.xml()).isEqualTo(" <a/>");
    assertThat(buffer.firstLine()).isEqualTo(3);
  }

  @Test
  void append_pastTheLimit_overflowsForGood() {
    BlockBuffer buffer = new BlockBuffer(BlockKind.DOCUMENTATION, 1, 4);
    buffer.append("abcd");
    assertThat(buffer.overflowed()).isFalse();
    buffer.append("e");
    buffer.append("");
    assertThat(buffer.overflowed()).isTrue();
  }
}
