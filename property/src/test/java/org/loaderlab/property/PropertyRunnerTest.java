package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/*
 * Goal: the runner is an immutable builder whose setters refuse bad values at once, naming the
 * field and value. Method: call each setter with a bad value; derive runners and check the
 * original is unchanged; exercise drawsMax and discardsMax through their failures.
 */
class PropertyRunnerTest {

  @Test
  void setters_badValues_areRejectedNamingFieldAndValue() {
    PropertyRunner<Integer> runner = Property.forAll(Gens.ints(0, 1));

    assertThatThrownBy(() -> runner.tries(0)).hasMessage("tries must be >= 1, was 0");
    assertThatThrownBy(() -> runner.shrinkStepsMax(-1))
        .hasMessage("shrinkStepsMax must be >= 0, was -1");
    assertThatThrownBy(() -> runner.drawsMax(0)).hasMessage("drawsMax must be >= 1, was 0");
    assertThatThrownBy(() -> runner.discardsMax(-1)).hasMessage("discardsMax must be >= 0, was -1");
    assertThatThrownBy(() -> runner.requireCoverage("x", 1.5))
        .hasMessage("minFraction must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> runner.replay("1.2"))
        .hasMessage("malformed tape '1.2': it must start with 't1:'");
  }

  @Test
  void setters_returnNewRunners_leavingTheOriginalAlone() {
    PropertyRunner<Integer> base = Property.forAll(Gens.ints(0, 1)).seed(1).tries(5);

    PropertyRunner<Integer> derived = base.seed(2).tries(7);

    assertThat(base.check(value -> {})).extracting(PropertyReport::seed, PropertyReport::tries)
        .containsExactly(1L, 5);
    assertThat(derived.check(value -> {})).extracting(PropertyReport::seed, PropertyReport::tries)
        .containsExactly(2L, 7);
  }

  @Test
  void drawsMax_tooSmall_discardsEveryCaseAsOverrun() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gens.lists(Gens.ints(0, 9), 5, 5))
                    .drawsMax(3)
                    .tries(2)
                    .discardsMax(4)
                    .seed(0)
                    .check(value -> {}))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "property gave up after 5 discarded cases (discardsMax 4), with 0 of 2 tries passed"
                + " (seed 0)\n"
                + "        5 cases: overrun: the case needed more than 3 draws (drawsMax)\n");
  }

  @Test
  void classify_nullLabel_countsNothing() {
    PropertyReport report =
        Property.forAll(Gens.ints(0, 9))
            .tries(20)
            .classify(value -> null)
            .classify(value -> "any")
            .check(value -> {});

    assertThat(report.labelCounts()).containsOnlyKeys("any").containsEntry("any", 20);
  }
}
