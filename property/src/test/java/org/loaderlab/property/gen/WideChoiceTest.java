package org.loaderlab.property.gen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/*
 * Goal: offsets wider than one choice are drawn as big-endian chunks, uniformly, with
 * over-range attempts redrawn. Method: replay hand-written tapes and read the offsets and the
 * recorded choices.
 */
class WideChoiceTest {

  private static final int CHUNK = 1 << WideChoice.CHUNK_BITS;

  @Test
  void draw_offsetThatFitsOneChoice_isOneChoice() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {1234}, 10);

    assertThat(WideChoice.draw(tape, Integer.MAX_VALUE - 1)).isEqualTo(1234);
    assertThat(tape.choices()).containsExactly(1234);
  }

  @Test
  void draw_32BitOffset_isTopChunkThenLowChunk() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {3, 5}, 10);

    assertThat(WideChoice.draw(tape, 0xFFFF_FFFFL)).isEqualTo((3L << 30) | 5);
  }

  @Test
  void draw_attemptAboveMax_isRedrawn() {
    long maxOffset = 3_000_000_000L;
    ChoiceTape tape = ChoiceTape.replay(new int[] {2, CHUNK - 1, 0, 7}, 10);

    assertThat(WideChoice.draw(tape, maxOffset)).isEqualTo(7);
    assertThat(tape.choices()).containsExactly(2, CHUNK - 1, 0, 7);
  }

  @Test
  void draw_fullRangeClampedTape_givesAllOnes() {
    ChoiceTape tape =
        ChoiceTape.replay(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}, 10);

    assertThat(WideChoice.draw(tape, -1L)).isEqualTo(-1L);
    assertThat(tape.choices()).containsExactly(15, CHUNK - 1, CHUNK - 1);
  }

  @Test
  void draw_zeroTape_givesZeroInOneAttempt() {
    ChoiceTape tape = ChoiceTape.replay(new int[0], 10);

    assertThat(WideChoice.draw(tape, 5_000_000_000L)).isZero();
    assertThat(tape.choices()).hasSize(2);
  }
}
