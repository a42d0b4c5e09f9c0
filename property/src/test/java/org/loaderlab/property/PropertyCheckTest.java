package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/*
 * Goal: the textbook shrinking results of property-based testing, end to end through the front
 * door, so a broken tape, generator or shrink pass shows up as a wrong minimum. Method: each
 * property is false, the runner must find a counterexample and shrink it to the known minimal
 * one; then replay, determinism and the step bound are checked on the same failures.
 */
class PropertyCheckTest {

  private static PropertyFailedError failure(
      PropertyRunner<?> runner, ThrowingConsumer<Object> body) {
    @SuppressWarnings("unchecked")
    PropertyRunner<Object> erased = (PropertyRunner<Object>) runner;
    return catchThrowableOfType(PropertyFailedError.class, () -> erased.check(body));
  }

  @Test
  void shrink_intsBelow1000_reachesExactly1000() {
    PropertyFailedError error =
        failure(Property.forAll(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)), value -> {
          assertThat((Integer) value).isLessThan(1000);
        });

    assertThat(error.shrunkValue()).isEqualTo(1000);
  }

  @Test
  void shrink_intsAboveMinus1000_reachesExactlyMinus1000() {
    PropertyFailedError error =
        failure(Property.forAll(Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)), value -> {
          assertThat((Integer) value).isGreaterThan(-1000);
        });

    assertThat(error.shrunkValue()).isEqualTo(-1000);
  }

  @Test
  void shrink_longsBelowLimit_reachesExactlyTheLimit() {
    long limit = 5_000_000_000L;
    PropertyFailedError error =
        failure(Property.forAll(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE)), value -> {
          assertThat((Long) value).isLessThan(limit);
        });

    assertThat(error.shrunkValue()).isEqualTo(limit);
  }

  @Test
  void shrink_positiveRange_reachesMin() {
    PropertyFailedError error =
        failure(Property.forAll(Gens.ints(500, 5000)), value -> {
          throw new AssertionError("always fails");
        });

    assertThat(error.shrunkValue()).isEqualTo(500);
  }

  @Test
  void shrink_listSumBelow100_reachesSingleElement100() {
    PropertyFailedError error =
        failure(Property.forAll(Gens.lists(Gens.ints(0, 1000), 0, 20)), value -> {
          assertThat(sum(value)).isLessThan(100);
        });

    assertThat(error.shrunkValue()).isEqualTo(List.of(100));
  }

  @Test
  void shrink_listSumOfSmallElements_redistributesTo40And60() {
    // No single element reaches 100 here: the minimum needs value moved between elements.
    PropertyFailedError error =
        failure(Property.forAll(Gens.lists(Gens.ints(0, 60), 0, 20)), value -> {
          assertThat(sum(value)).isLessThan(100);
        });

    assertThat(error.shrunkValue()).isEqualTo(List.of(40, 60));
  }

  @Test
  void shrink_noDuplicates_reachesTwoZeros() {
    PropertyFailedError error =
        failure(
            Property.forAll(Gens.lists(Gens.ints(0, 20), 0, 20)),
            PropertyCheckTest::hasNoDuplicates);

    assertThat(error.shrunkValue()).isEqualTo(List.of(0, 0));
  }

  @Test
  void shrink_stringWithoutB_reachesSingleB() {
    PropertyFailedError error =
        failure(Property.forAll(Gens.strings("abc", 0, 10)), value -> {
          assertThat((String) value).doesNotContain("b");
        });

    assertThat(error.shrunkValue()).isEqualTo("b");
  }

  @Test
  void shrink_sameFailureTwice_givesSameResult() {
    PropertyRunner<List<Integer>> runner =
        Property.forAll(Gens.lists(Gens.ints(0, 1000), 0, 20)).seed(99);
    ThrowingConsumer<Object> body = value -> assertThat(sum(value)).isLessThan(300);

    PropertyFailedError first = failure(runner, body);
    PropertyFailedError second = failure(runner, body);

    assertThat(second.getMessage()).isEqualTo(first.getMessage());
    assertThat(second.tape()).isEqualTo(first.tape());
    assertThat(second.shrinkSteps()).isEqualTo(first.shrinkSteps());
  }

  @Test
  void shrink_stepsMax_boundsTheSteps() {
    PropertyRunner<List<Integer>> runner =
        Property.forAll(Gens.lists(Gens.ints(0, 1000), 0, 20)).shrinkStepsMax(7);

    PropertyFailedError error = failure(runner, value -> assertThat(sum(value)).isLessThan(100));

    assertThat(error.shrinkSteps()).isLessThanOrEqualTo(7);
    assertThat(error.getMessage()).contains("(shrinkStepsMax 7)");
  }

  @Test
  void shrink_zeroStepsMax_reportsTheOriginal() {
    PropertyFailedError error =
        failure(
            Property.forAll(Gens.lists(Gens.ints(0, 1000), 0, 20)).shrinkStepsMax(0),
            value -> assertThat(sum(value)).isLessThan(100));

    assertThat(error.shrinkSteps()).isZero();
    assertThat(error.shrunkValue()).isEqualTo(error.originalValue());
  }

  @Test
  void shrink_differentException_isNotAcceptedAsTheSameFailure() {
    // Small values fail with an IllegalStateException, large ones with an AssertionError: the
    // shrinker must stay on the AssertionError it found first and stop at 1000.
    PropertyFailedError error =
        failure(Property.forAll(Gens.ints(0, 1_000_000)), value -> {
          int number = (Integer) value;
          if (number >= 1000) {
            throw new AssertionError("too big");
          }
          if (number >= 10) {
            throw new IllegalStateException("medium");
          }
        });

    assertThat(error.shrunkValue()).isEqualTo(1000);
    assertThat(error.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void failure_message_namesSeedValuesTapeAndSteps() {
    PropertyFailedError error =
        failure(
            Property.forAll(Gens.lists(Gens.ints(0, 1000), 0, 20)).seed(1234),
            value -> assertThat(sum(value)).isLessThan(100));

    assertThat(error)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("property failed on try ")
        .hasMessageContaining("(seed 1234)")
        .hasMessageContaining("  shrunk value:   [100]\n")
        .hasMessageContaining("  original value: " + error.originalValue() + "\n")
        .hasMessageContaining("  shrunk tape:    t1:1.100\n")
        .hasMessageContaining("  shrink steps:   " + error.shrinkSteps() + " run, ")
        .hasMessageContaining(".replay(\"t1:1.100\")")
        .hasMessageContaining(".seed(1234L)");
    assertThat(error.seed()).isEqualTo(1234);
    assertThat(error.tape()).isEqualTo("t1:1.100");
  }

  @Test
  void failure_cause_isTheShrunkCaseThrowable() {
    PropertyFailedError error =
        failure(Property.forAll(Gens.ints(0, 10_000)), value -> {
          throw new IllegalStateException("value " + value);
        });

    assertThat(error.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("value 0");
  }

  @Test
  void replay_printedTape_reproducesTheShrunkFailure() {
    Gen<List<Integer>> lists = Gens.lists(Gens.ints(0, 1000), 0, 20);
    ThrowingConsumer<Object> body = value -> assertThat(sum(value)).isLessThan(100);
    PropertyFailedError found = failure(Property.forAll(lists), body);

    PropertyFailedError replayed = failure(Property.forAll(lists).replay(found.tape()), body);

    assertThat(replayed.shrunkValue()).isEqualTo(found.shrunkValue());
    assertThat(replayed.tape()).isEqualTo(found.tape());
    assertThat(replayed).hasMessageStartingWith("property failed on replayed tape\n");
  }

  @Test
  void replay_fixedBug_passesWithOneTry() {
    PropertyReport report =
        Property.forAll(Gens.lists(Gens.ints(0, 1000), 0, 20))
            .replay("t1:1.100")
            .check(value -> assertThat(value).containsExactly(100));

    assertThat(report.tries()).isEqualTo(1);
  }

  @Test
  void replay_discardedTape_failsNamingTheReason() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gens.ints(0, 10).filter(value -> value > 5, "above five", 3))
                    .replay("t1:")
                    .check(value -> {}))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "replayed tape 't1:' was discarded, so it no longer reproduces a case:"
                + " filter 'above five' starved: no value passed in 3 draws (retriesMax)");
  }

  @Test
  void filter_starving_givesUpNamingThePredicate() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gens.ints(0, 100).filter(value -> value > 1000, "above 1000"))
                    .tries(10)
                    .seed(5)
                    .check(value -> {}))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "property gave up after 101 discarded cases (discardsMax 100), with 0 of 10 tries"
                + " passed (seed 5)\n"
                + "      101 cases: filter 'above 1000' starved: no value passed in 100 draws"
                + " (retriesMax)\n");
  }

  @Test
  void seed_same_drawsSameCases() {
    List<Object> first = new ArrayList<>();
    List<Object> second = new ArrayList<>();
    Gen<List<Integer>> lists = Gens.lists(Gens.ints(-50, 50), 0, 10);

    Property.forAll(lists).seed(77).tries(30).check(first::add);
    Property.forAll(lists).seed(77).tries(30).check(second::add);

    assertThat(first).hasSize(30).isEqualTo(second);
  }

  @Test
  void seed_different_drawsDifferentCases() {
    List<Object> first = new ArrayList<>();
    List<Object> second = new ArrayList<>();

    Property.forAll(Gens.ints(0, 1_000_000)).seed(1).tries(20).check(first::add);
    Property.forAll(Gens.ints(0, 1_000_000)).seed(2).tries(20).check(second::add);

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void coverage_met_passesAndCountsLabels() {
    PropertyReport report =
        Property.forAll(Gens.ints(0, 9))
            .seed(3)
            .tries(200)
            .classify(value -> value < 5 ? "low" : "high")
            .requireCoverage("low", 0.3)
            .check(value -> {});

    assertThat(report.tries()).isEqualTo(200);
    assertThat(report.labelCounts().keySet()).containsExactly("high", "low");
    assertThat(report.labelCounts().get("high") + report.labelCounts().get("low")).isEqualTo(200);
    assertThat(report.fraction("low")).isBetween(0.3, 0.7);
  }

  @Test
  void coverage_unmet_failsWithTheTable() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gens.ints(0, 9))
                    .seed(3)
                    .tries(100)
                    .classify(value -> value == 0 ? "zero" : "other")
                    .requireCoverage("zero", 0.5)
                    .requireCoverage("never", 0.01)
                    .check(value -> {}))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("coverage not met after 100 tries (seed 3)\n  label 'zero' in ")
        .hasMessageContaining(" of cases, required at least 50.0%\n")
        .hasMessageContaining("  label 'never' in 0.0% of cases, required at least 1.0%\n")
        .hasMessageContaining("  label   cases   share\n")
        .hasMessageContaining("  other ");
  }

  @Test
  void assumption_failed_discardsInsteadOfFailing() {
    PropertyReport report =
        Property.forAll(Gens.ints(0, 9))
            .tries(50)
            .check(
                value -> {
                  org.junit.jupiter.api.Assumptions.assumeTrue(value % 2 == 0);
                  assertThat(value % 2).isZero();
                });

    assertThat(report.tries()).isEqualTo(50);
    assertThat(report.discards()).isPositive();
  }

  @Test
  void shrink_textbookCases_holdAcrossSeeds() {
    // The minima above must not be luck of the default seed.
    for (long seed = 0; seed < 20; seed++) {
      PropertyRunner<List<Integer>> lists =
          Property.forAll(Gens.lists(Gens.ints(0, 20), 0, 20)).seed(seed);

      assertThat(failure(lists, value -> assertThat(sum(value)).isLessThan(100)).shrunkValue())
          .isEqualTo(List.of(20, 20, 20, 20, 20));
      assertThat(failure(lists, PropertyCheckTest::hasNoDuplicates).shrunkValue())
          .isEqualTo(List.of(0, 0));
    }
  }

  @Test
  void failure_bodyWithExpectedAndActual_keepsThemForTheIdeDiff() {
    PropertyFailedError error =
        failure(Property.forAll(Gens.ints(0, 100)), value -> assertThat(value).isEqualTo(-1));

    AssertionFailedError cause = (AssertionFailedError) error.getCause();
    assertThat(error.isExpectedDefined()).isTrue();
    assertThat(error.getExpected().getEphemeralValue())
        .isEqualTo(cause.getExpected().getEphemeralValue());
    assertThat(error.getActual().getEphemeralValue())
        .isEqualTo(cause.getActual().getEphemeralValue());
    assertThat(error.getActual().getStringRepresentation()).isEqualTo("0");
  }

  @Test
  void failure_generatorThrows_isShrunkLikeAnyFailure() {
    Gen<Integer> fragile =
        Gens.ints(0, 1000)
            .map(
                value -> {
                  if (value > 10) {
                    throw new IllegalArgumentException("too big: " + value);
                  }
                  return value;
                });

    PropertyFailedError error = failure(Property.forAll(fragile), value -> {});

    assertThat(error.getCause()).hasMessage("too big: 11");
    assertThat(error.shrunkValue())
        .isEqualTo("<generator threw java.lang.IllegalArgumentException: too big: 11>");
  }

  @Test
  void shrink_drawsMadeInTheBody_shrinkWithTheCase() {
    PropertyFailedError error =
        failure(
            Property.forAll(Gens.tape()),
            value -> {
              Tape tape = (Tape) value;
              int first = tape.choose(1000);
              int second = tape.choose(1000);
              assertThat(first + second).isLessThan(500);
            });

    assertThat(error.tape()).isEqualTo("t1:0.500");
    assertThat(error.shrunkValue()).hasToString("<tape>");
  }

  @Test
  void overrun_inTheBody_discardsTheCase() {
    PropertyReport report =
        Property.forAll(Gens.tape())
            .drawsMax(10)
            .tries(5)
            .check(
                tape -> {
                  if (tape.choose(2) == 1) {
                    for (int draw = 0; draw < 20; draw++) {
                      tape.choose(2);
                    }
                  }
                });

    assertThat(report.tries()).isEqualTo(5);
    assertThat(report.discards()).isPositive();
  }

  private static void hasNoDuplicates(Object list) {
    assertThat(new HashSet<>((List<?>) list)).hasSameSizeAs((List<?>) list);
  }

  private static int sum(Object list) {
    return ((List<?>) list).stream().mapToInt(element -> (Integer) element).sum();
  }
}
