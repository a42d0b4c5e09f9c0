package org.loaderlab.property.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/*
 * Goal: integer ranges are uniform, stay in range, and shrink toward the value nearest 0.
 * Method: the all-zeros tape gives the shrink target; offsets are read in the documented order
 * (target, positives, negatives); random tapes stay in range, including at the long extremes.
 */
class IntegerRangeTest {

  private static long zeroTapeValue(long min, long max) {
    return new IntegerRange(min, max).generate(ChoiceTape.replay(new int[0], 10));
  }

  @Test
  void generate_zeroTape_givesValueNearestZero() {
    assertThat(zeroTapeValue(-5, 5)).isZero();
    assertThat(zeroTapeValue(3, 9)).isEqualTo(3);
    assertThat(zeroTapeValue(-9, -3)).isEqualTo(-3);
    assertThat(zeroTapeValue(Integer.MIN_VALUE, Integer.MAX_VALUE)).isZero();
    assertThat(zeroTapeValue(Long.MIN_VALUE, Long.MAX_VALUE)).isZero();
    assertThat(zeroTapeValue(Long.MIN_VALUE, -1)).isEqualTo(-1);
  }

  @Test
  void valueAt_aroundZero_readsPositivesThenNegatives() {
    IntegerRange range = new IntegerRange(-2, 3);
    List<Long> values = new ArrayList<>();
    for (long offset = 0; offset <= 5; offset++) {
      values.add(range.valueAt(offset));
    }

    assertThat(values).containsExactly(0L, 1L, 2L, 3L, -1L, -2L);
  }

  @Test
  void valueAt_fullLongRange_reachesBothExtremes() {
    IntegerRange range = new IntegerRange(Long.MIN_VALUE, Long.MAX_VALUE);

    assertThat(range.valueAt(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(range.valueAt(Long.MIN_VALUE)).isEqualTo(-1);
    assertThat(range.valueAt(-1L)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void generate_randomTapes_stayInRange() {
    long[][] ranges = {
      {-5, 5}, {3, 9}, {-9, -3}, {0, 0}, {Long.MAX_VALUE - 1, Long.MAX_VALUE},
      {Long.MIN_VALUE, Long.MIN_VALUE + 1}, {Long.MIN_VALUE, Long.MAX_VALUE},
      {Integer.MIN_VALUE, Integer.MAX_VALUE}, {-1, 3_000_000_000L}
    };
    for (long[] bounds : ranges) {
      IntegerRange range = new IntegerRange(bounds[0], bounds[1]);
      for (long seed = 0; seed < 500; seed++) {
        assertThat(range.generate(ChoiceTape.random(seed, 100))).isBetween(bounds[0], bounds[1]);
      }
    }
  }

  @Test
  void generate_asymmetricRange_isRoughlyUniform() {
    // 1 negative and 8 positives: a sign-first draw would give -1 half the time.
    IntegerRange range = new IntegerRange(-1, 8);
    int[] counts = new int[10];
    int draws = 20_000;
    for (long seed = 0; seed < draws; seed++) {
      counts[(int) (range.generate(ChoiceTape.random(seed, 10)) + 1)]++;
    }
    for (int count : counts) {
      assertThat(count).isBetween(draws / 10 - 300, draws / 10 + 300);
    }
  }

  @Test
  void new_minAboveMax_isRejected() {
    assertThatThrownBy(() -> new IntegerRange(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min must be <= max, was 2 > 1");
  }
}
