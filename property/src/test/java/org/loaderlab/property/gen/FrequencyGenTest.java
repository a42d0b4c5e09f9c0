package org.loaderlab.property.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Weighted;
import org.loaderlab.property.tape.ChoiceTape;

/*
 * Goal: alternatives are picked in proportion to their weights, zero weights never, and the
 * tape's 0 picks the first weighted alternative. Method: count picks over seeded tapes.
 */
class FrequencyGenTest {

  private static final List<Weighted<String>> CHOICES =
      List.of(
          new Weighted<>(0, Gens.constant("never")),
          new Weighted<>(1, Gens.constant("rare")),
          new Weighted<>(3, Gens.constant("common")));

  @Test
  void generate_zeroTape_picksFirstAlternativeWithWeight() {
    assertThat(FrequencyGen.of(CHOICES).generate(ChoiceTape.replay(new int[0], 10)))
        .isEqualTo("rare");
  }

  @Test
  void generate_randomTapes_followTheWeights() {
    FrequencyGen<String> gen = FrequencyGen.of(CHOICES);
    int common = 0;
    int samples = 8000;
    for (long seed = 0; seed < samples; seed++) {
      String value = gen.generate(ChoiceTape.random(seed, 10));
      assertThat(value).isNotEqualTo("never");
      common += value.equals("common") ? 1 : 0;
    }

    assertThat((double) common / samples).isBetween(0.72, 0.78);
  }

  @Test
  void of_noWeight_isRejected() {
    assertThatThrownBy(() -> FrequencyGen.of(List.of(new Weighted<>(0, Gens.constant(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency needs a total weight >= 1, was 0");
  }

  @Test
  void of_weightsAboveIntRange_isRejected() {
    Weighted<Integer> heavy = new Weighted<>(Integer.MAX_VALUE, Gens.constant(1));

    assertThatThrownBy(() -> FrequencyGen.of(List.of(heavy, heavy)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency weights must sum to <= 2147483647, was 4294967294");
  }
}
