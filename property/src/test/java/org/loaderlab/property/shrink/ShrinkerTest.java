package org.loaderlab.property.shrink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/*
 * Goal: shrinking reaches simple minima, is deterministic, bounded by shrinkStepsMax, and only
 * ever accepts simpler tapes. Method: oracles over plain int arrays (see Oracles), so a failure
 * here is the shrinker's alone, not a generator's.
 */
class ShrinkerTest {

  @Test
  void shrink_threshold_findsExactBoundary() {
    TapeOracle atLeast1000 = Oracles.fixed(new int[] {1_000_000}, tape -> tape[0] >= 1000);

    ShrinkResult result = Shrinker.shrink(new int[] {987_654}, atLeast1000, 1000);

    assertThat(result.choices()).containsExactly(1000);
  }

  @Test
  void shrink_irrelevantChoices_areDeleted() {
    TapeOracle containsAtLeast10 = Oracles.free(tape -> Arrays.stream(tape).anyMatch(v -> v >= 10));

    ShrinkResult result = Shrinker.shrink(new int[] {3, 99, 4, 50, 7, 8}, containsAtLeast10, 1000);

    assertThat(result.choices()).containsExactly(10);
  }

  @Test
  void shrink_twoChunkNumber_borrowsAcrossTheChunkBoundary() {
    // value = top * 2^30 + low: lexicographic order alone prefers [1, 0] to [0, 1000].
    int chunk = 1 << 30;
    TapeOracle atLeast1000 =
        Oracles.fixed(new int[] {4, chunk}, tape -> (long) tape[0] * chunk + tape[1] >= 1000);

    ShrinkResult result = Shrinker.shrink(new int[] {1, 0}, atLeast1000, 1000);

    assertThat(result.choices()).containsExactly(0, 1000);
  }

  @Test
  void shrink_sameInput_sameResult() {
    TapeOracle sumAtLeast100 = Oracles.free(tape -> Arrays.stream(tape).sum() >= 100);
    int[] failing = {1, 50, 1, 60, 1, 70, 0};

    assertThat(Shrinker.shrink(failing, sumAtLeast100, 5000))
        .isEqualTo(Shrinker.shrink(failing, sumAtLeast100, 5000));
  }

  @Test
  void shrink_stepsMax_isNeverExceeded() {
    for (int stepsMax = 0; stepsMax <= 40; stepsMax++) {
      AtomicInteger calls = new AtomicInteger();
      TapeOracle counting =
          candidate -> {
            calls.incrementAndGet();
            return Optional.of(candidate.clone());
          };

      ShrinkResult result = Shrinker.shrink(new int[] {9, 9, 9, 9, 9, 9}, counting, stepsMax);

      assertThat(calls.get()).isEqualTo(result.stepCount()).isLessThanOrEqualTo(stepsMax);
    }
  }

  @Test
  void shrink_recordedTapesNeverSimpler_keepsTheOriginal() {
    // Every candidate "fails" but records a longer tape: nothing is simpler, nothing accepted.
    TapeOracle longer =
        candidate -> Optional.of(Arrays.copyOf(candidate, candidate.length + 10));

    ShrinkResult result = Shrinker.shrink(new int[] {5, 5}, longer, 500);

    assertThat(result.choices()).containsExactly(5, 5);
    assertThat(result.acceptedCount()).isZero();
  }

  @Test
  void shrink_nothingFails_stopsAfterOneRound() {
    ShrinkResult result = Shrinker.shrink(new int[] {5, 5}, candidate -> Optional.empty(), 5000);

    assertThat(result.choices()).containsExactly(5, 5);
    assertThat(result.stepCount()).isPositive().isLessThan(100);
  }
}
