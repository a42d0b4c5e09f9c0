package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.property.tape.Discarded;

/*
 * Goal: map, flatMap and filter compose generators on one tape, in draw order. Method: replay
 * hand-written tapes and check which choice fed which part of the value.
 */
class GenTest {

  private static final Gen<Integer> DIGITS = tape -> tape.choose(10);

  @Test
  void map_transformsTheValue() {
    Gen<String> named = DIGITS.map(digit -> "d" + digit);

    assertThat(named.generate(ChoiceTape.replay(new int[] {4}, 10))).isEqualTo("d4");
  }

  @Test
  void flatMap_drawsTheSecondGeneratorAfterTheFirst() {
    // The second number is at most the first: its 99 is clamped to the bound the first set.
    Gen<String> pair =
        DIGITS.flatMap(first -> Gens.ints(0, first).map(second -> first + ":" + second));

    assertThat(pair.generate(ChoiceTape.replay(new int[] {7, 99}, 10))).isEqualTo("7:7");
  }

  @Test
  void filter_default_retriesAHundredTimes() {
    ChoiceTape tape = ChoiceTape.replay(new int[0], 1000);

    assertThatThrownBy(() -> DIGITS.filter(d -> d > 0, "positive").generate(tape))
        .isInstanceOf(Discarded.class)
        .hasMessage("filter 'positive' starved: no value passed in 100 draws (retriesMax)");
    assertThat(tape.drawCount()).isEqualTo(Gen.RETRIES_MAX_DEFAULT);
  }

  @Test
  void filter_passingValue_isKept() {
    Gen<Integer> aboveFive = DIGITS.filter(digit -> digit > 5, "above 5");

    assertThat(aboveFive.generate(ChoiceTape.replay(new int[] {2, 8}, 10))).isEqualTo(8);
  }
}
