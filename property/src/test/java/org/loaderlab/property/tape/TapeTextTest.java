package org.loaderlab.property.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/*
 * Goal: the tape text a failure prints reads back to a tape that replays the same case, and a
 * mistyped text is refused with a message naming it. Method: exact encodings of small tapes,
 * round trips of random tapes, and one test per grammar error.
 */
class TapeTextTest {

  @Test
  void encode_trailingZeros_areLeftOut() {
    assertThat(TapeText.encode(new int[] {1, 100, 0, 0})).isEqualTo("t1:1.100");
  }

  @Test
  void encode_runsOfThreeOrMore_areCompressed() {
    assertThat(TapeText.encode(new int[] {3, 3, 3, 3, 17, 5, 5})).isEqualTo("t1:3*4.17.5.5");
  }

  @Test
  void encode_emptyOrAllZeros_isThePrefixAlone() {
    assertThat(TapeText.encode(new int[0])).isEqualTo("t1:");
    assertThat(TapeText.encode(new int[] {0, 0})).isEqualTo("t1:");
  }

  @Test
  void decode_encoded_roundTripsUpToTrailingZeros() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 200; round++) {
      int[] choices = new int[random.nextInt(30)];
      for (int index = 0; index < choices.length; index++) {
        // Small values make runs and trailing zeros; large ones test the full range.
        boolean small = random.nextBoolean();
        choices[index] = small ? random.nextInt(3) : random.nextInt(Integer.MAX_VALUE);
      }
      int length = choices.length;
      while (length > 0 && choices[length - 1] == 0) {
        length--;
      }

      assertThat(TapeText.decode(TapeText.encode(choices)))
          .isEqualTo(java.util.Arrays.copyOf(choices, length));
    }
  }

  @Test
  void decode_runs_expand() {
    assertThat(TapeText.decode("t1:0*3.2147483647")).containsExactly(0, 0, 0, Integer.MAX_VALUE);
  }

  @Test
  void decode_wrongPrefix_isRefused() {
    assertThatThrownBy(() -> TapeText.decode("1.100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed tape '1.100': it must start with 't1:'");
  }

  @Test
  void decode_emptyToken_isRefused() {
    assertThatThrownBy(() -> TapeText.decode("t1:1..2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed tape 't1:1..2': '' is not a choice (a number >= 0, or value*count)");
  }

  @Test
  void decode_negativeOrLetters_areRefused() {
    assertThatThrownBy(() -> TapeText.decode("t1:-1"))
        .hasMessage("malformed tape 't1:-1': '-1' is not a choice (a number >= 0, or value*count)");
    assertThatThrownBy(() -> TapeText.decode("t1:1.x*2"))
        .hasMessage(
            "malformed tape 't1:1.x*2': 'x*2' is not a choice (a number >= 0, or value*count)");
  }

  @Test
  void decode_choiceAboveIntRange_isRefused() {
    assertThatThrownBy(() -> TapeText.decode("t1:2147483648"))
        .hasMessage(
            "malformed tape 't1:2147483648': '2147483648' is not a choice"
                + " (a number >= 0, or value*count)");
  }

  @Test
  void decode_emptyRun_isRefused() {
    assertThatThrownBy(() -> TapeText.decode("t1:4*0"))
        .hasMessage("malformed tape 't1:4*0': run '4*0' must repeat at least once");
  }

  @Test
  void decode_hugeRun_isRefusedBeforeAllocating() {
    assertThatThrownBy(() -> TapeText.decode("t1:1.0*2000000000"))
        .hasMessage("malformed tape 't1:1.0*2000000000': it holds more than 1048576 choices");
  }
}
