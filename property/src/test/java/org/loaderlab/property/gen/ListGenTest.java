package org.loaderlab.property.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.Gen;
import org.loaderlab.property.tape.ChoiceTape;

/*
 * Goal: list length is drawn as "continue?" flags so that shrinking the tape shortens the list.
 * Method: replay hand-written tapes (flag, element, flag, element, ..., 0) and check sizes,
 * bounds and the average length of random lists.
 */
class ListGenTest {

  private static final Gen<Integer> DIGITS = tape -> tape.choose(10);

  private static List<Integer> replay(ListGen<Integer> lists, int... choices) {
    return lists.generate(ChoiceTape.replay(choices, 1000));
  }

  @Test
  void generate_flagsAndElements_giveTheElements() {
    assertThat(replay(ListGen.of(DIGITS, 0, 20), 1, 7, 3, 9, 0)).containsExactly(7, 9);
  }

  @Test
  void generate_deletedElementSpan_removesThatElement() {
    assertThat(replay(ListGen.of(DIGITS, 0, 20), 1, 9, 0)).containsExactly(9);
  }

  @Test
  void generate_zeroTape_givesMinSizeOfSimplestElements() {
    assertThat(replay(ListGen.of(DIGITS, 3, 20))).containsExactly(0, 0, 0);
  }

  @Test
  void generate_alwaysContinue_stopsAtMaxSizeWithoutDrawingAFlag() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {5, 1, 5, 2, 5, 3, 5, 4}, 1000);

    assertThat(ListGen.of(DIGITS, 0, 3).generate(tape)).containsExactly(1, 2, 3);
    // continueBound(0, 3) is 3, so each flag of 5 was clamped to 2.
    assertThat(tape.choices()).containsExactly(2, 1, 2, 2, 2, 3);
  }

  @Test
  void generate_randomTapes_averageAboutFiveExtraElements() {
    ListGen<Integer> lists = ListGen.of(DIGITS, 0, 20);
    long total = 0;
    int samples = 4000;
    for (long seed = 0; seed < samples; seed++) {
      int size = lists.generate(ChoiceTape.random(seed, 1000)).size();
      assertThat(size).isBetween(0, 20);
      total += size;
    }

    assertThat((double) total / samples).isBetween(4.0, 5.5);
  }

  @Test
  void continueBound_followsHypothesisAverageSize() {
    assertThat(ListGen.continueBound(0, 20)).isEqualTo(6);
    assertThat(ListGen.continueBound(10, 100)).isEqualTo(11);
    assertThat(ListGen.continueBound(0, 1)).isEqualTo(2);
    assertThat(ListGen.continueBound(4, 4)).isEqualTo(2);
  }

  @Test
  void of_badSizes_areRejected() {
    assertThatThrownBy(() -> ListGen.of(DIGITS, -1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSize must be >= 0, was -1");
    assertThatThrownBy(() -> ListGen.of(DIGITS, 4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSize must be >= minSize, was 3 < 4");
  }
}
