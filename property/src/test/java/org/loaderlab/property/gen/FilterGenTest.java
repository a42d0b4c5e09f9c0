package org.loaderlab.property.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.property.Gen;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.property.tape.Discarded;

/*
 * Goal: a filter redraws until its predicate holds, at most retriesMax times, and a starved
 * filter discards the case with a reason naming the predicate. Method: replay tapes whose
 * draws are known to pass or fail.
 */
class FilterGenTest {

  private static final Gen<Integer> DIGITS = tape -> tape.choose(10);

  @Test
  void generate_redrawsUntilPredicateHolds() {
    FilterGen<Integer> evens = new FilterGen<>(DIGITS, value -> value % 2 == 0, "even", 5);

    assertThat(evens.generate(ChoiceTape.replay(new int[] {1, 3, 4}, 100))).isEqualTo(4);
  }

  @Test
  void generate_starved_discardsNamingThePredicate() {
    FilterGen<Integer> big = new FilterGen<>(DIGITS, value -> value > 100, "above 100", 3);
    ChoiceTape tape = ChoiceTape.replay(new int[] {1, 2, 3, 4}, 100);

    assertThatThrownBy(() -> big.generate(tape))
        .isInstanceOf(Discarded.class)
        .hasMessage("filter 'above 100' starved: no value passed in 3 draws (retriesMax)");
    assertThat(tape.choices()).containsExactly(1, 2, 3);
  }

  @Test
  void new_blankNameOrNoRetries_isRejected() {
    assertThatThrownBy(() -> new FilterGen<>(DIGITS, value -> true, " ", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicateName must not be blank");
    assertThatThrownBy(() -> new FilterGen<>(DIGITS, value -> true, "any", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retriesMax must be >= 1, was 0");
  }
}
