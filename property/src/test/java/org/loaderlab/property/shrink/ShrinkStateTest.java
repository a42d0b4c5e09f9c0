package org.loaderlab.property.shrink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/*
 * Goal: consider() is the single gate of shrinking: it counts a step per run, never runs a
 * candidate twice or past the budget, and accepts only simpler failing tapes. Method: a counting
 * oracle and hand-picked candidates.
 */
class ShrinkStateTest {

  private final AtomicInteger runs = new AtomicInteger();
  private final TapeOracle failsWhenFirstIsOdd =
      candidate -> {
        runs.incrementAndGet();
        return candidate.length > 0 && candidate[0] % 2 == 1
            ? Optional.of(candidate.clone())
            : Optional.empty();
      };

  @Test
  void consider_simplerFailing_isAccepted() {
    ShrinkState state = new ShrinkState(new int[] {9, 9}, failsWhenFirstIsOdd, 10);

    assertThat(state.consider(new int[] {3})).isTrue();
    assertThat(state.best()).containsExactly(3);
    assertThat(state.acceptedCount()).isEqualTo(1);
  }

  @Test
  void consider_passingOrNotSimpler_isRejected() {
    ShrinkState state = new ShrinkState(new int[] {3}, failsWhenFirstIsOdd, 10);

    assertThat(state.consider(new int[] {2})).isFalse();
    assertThat(state.consider(new int[] {5})).isFalse();
    assertThat(state.best()).containsExactly(3);
    assertThat(state.stepCount()).isEqualTo(2);
  }

  @Test
  void consider_sameCandidateTwice_runsOnce() {
    ShrinkState state = new ShrinkState(new int[] {9}, failsWhenFirstIsOdd, 10);

    state.consider(new int[] {4});
    state.consider(new int[] {4});

    assertThat(runs).hasValue(1);
    assertThat(state.stepCount()).isEqualTo(1);
  }

  @Test
  void consider_budgetSpent_runsNothing() {
    ShrinkState state = new ShrinkState(new int[] {9}, failsWhenFirstIsOdd, 1);
    state.consider(new int[] {4});

    assertThat(state.exhausted()).isTrue();
    assertThat(state.consider(new int[] {1})).isFalse();
    assertThat(runs).hasValue(1);
  }

  @Test
  void new_negativeBudget_isRejected() {
    assertThatThrownBy(() -> new ShrinkState(new int[0], failsWhenFirstIsOdd, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shrinkStepsMax must be >= 0, was -1");
  }
}
