package org.loaderlab.property.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/*
 * Goal: choose(bound) is uniform in [0, bound) with no modulo bias, and never leaves the range.
 * Method: a bound of 1.5 * 2^30 makes the two usual shortcuts visibly biased (31-bit modulo puts
 * half the draws in the lowest third, 32-bit modulo 37.5%); an unbiased draw puts a third there.
 * Hand-fed words check the rejection itself.
 */
class UniformDrawTest {

  @Test
  void below_manyBounds_staysInRange() {
    SplittableRandom random = new SplittableRandom(1);
    int[] bounds = {1, 2, 3, 7, 10, 1000, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE};
    for (int bound : bounds) {
      for (int draw = 0; draw < 2000; draw++) {
        assertThat(UniformDraw.below(random::nextInt, bound)).isBetween(0, bound - 1);
      }
    }
  }

  @Test
  void below_largeBound_hasNoModuloBias() {
    int bound = 3 << 29;
    SplittableRandom random = new SplittableRandom(7);
    int draws = 60_000;
    int lowThird = 0;
    for (int draw = 0; draw < draws; draw++) {
      if (UniformDraw.below(random::nextInt, bound) < bound / 3) {
        lowThird++;
      }
    }
    // Standard deviation of the share is about 0.002: 0.015 is seven of them, far from 0.375.
    assertThat((double) lowThird / draws).isCloseTo(1.0 / 3, offset(0.015));
  }

  @Test
  void below_smallBound_passesChiSquare() {
    int bound = 10;
    int draws = 100_000;
    int[] counts = new int[bound];
    SplittableRandom random = new SplittableRandom(11);
    for (int draw = 0; draw < draws; draw++) {
      counts[UniformDraw.below(random::nextInt, bound)]++;
    }
    double expected = (double) draws / bound;
    double chiSquare = 0;
    for (int count : counts) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    // 27.88 is the 0.999 quantile of chi-square with 9 degrees of freedom.
    assertThat(chiSquare).isLessThan(27.88);
  }

  @Test
  void below_biasedWord_isRejectedAndRedrawn() {
    // For bound 3, 2^32 mod 3 = 1 word must be rejected: the one whose product's low word is 0.
    AtomicInteger used = new AtomicInteger();
    int[] words = {0, 0x8000_0000};
    IntSupplier source = () -> words[used.getAndIncrement()];

    assertThat(UniformDraw.below(source, 3)).isEqualTo(1);
    assertThat(used).hasValue(2);
  }

  @Test
  void below_brokenSource_failsAfterRoundsMax() {
    AtomicInteger used = new AtomicInteger();
    IntSupplier zeros =
        () -> {
          used.incrementAndGet();
          return 0;
        };

    assertThatThrownBy(() -> UniformDraw.below(zeros, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("random source rejected 64 times in a row for bound 3");
    assertThat(used).hasValue(UniformDraw.ROUNDS_MAX);
  }

  @Test
  void below_boundBelowOne_isRejected() {
    assertThatThrownBy(() -> UniformDraw.below(() -> 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound must be >= 1, was 0");
  }
}
