package org.loaderlab.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Everything a {@link PropertyRunner} was told, immutable; each {@code with} returns a changed
 * copy. Seed and tries stay unset until the check, so system properties and {@link
 * PropertyDefaults} can fill them in where the check runs.
 */
record RunnerConfig<T>(
    OptionalInt tries,
    OptionalLong seed,
    Optional<String> replay,
    List<Function<? super T, String>> classifiers,
    List<CoverageRule> coverageRules,
    int shrinkStepsMax,
    int drawsMax,
    OptionalInt discardsMax) {

  /**
   * Enough for dozens of binary searches over 30-bit choices on a tape of a few dozen choices,
   * and still well under a second for a fast body.
   */
  static final int SHRINK_STEPS_MAX_DEFAULT = 5000;

  /** Hypothesis' 8 KiB buffer, in choices: far more than any reasonable case needs. */
  static final int DRAWS_MAX_DEFAULT = 8192;

  /** Like Hypothesis, give up only after ten times as many discards as wanted cases. */
  static final int DISCARDS_PER_TRY_DEFAULT = 10;

  /** A label that must occur in at least {@code minFraction} of the cases. */
  record CoverageRule(String label, double minFraction) {

    CoverageRule {
      Objects.requireNonNull(label, "label");
      if (!(minFraction >= 0.0 && minFraction <= 1.0)) {
        throw new IllegalArgumentException("minFraction must be in [0, 1], was " + minFraction);
      }
    }
  }

  RunnerConfig {
    classifiers = List.copyOf(classifiers);
    coverageRules = List.copyOf(coverageRules);
  }

  static <T> RunnerConfig<T> defaults() {
    return new RunnerConfig<>(
        OptionalInt.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        SHRINK_STEPS_MAX_DEFAULT,
        DRAWS_MAX_DEFAULT,
        OptionalInt.empty());
  }

  RunnerConfig<T> withTries(int value) {
    requireAtLeast("tries", value, 1);
    return new RunnerConfig<>(
        OptionalInt.of(value), seed, replay, classifiers, coverageRules, shrinkStepsMax, drawsMax,
        discardsMax);
  }

  RunnerConfig<T> withSeed(long value) {
    return new RunnerConfig<>(
        tries, OptionalLong.of(value), replay, classifiers, coverageRules, shrinkStepsMax, drawsMax,
        discardsMax);
  }

  RunnerConfig<T> withReplay(String value) {
    return new RunnerConfig<>(
        tries, seed, Optional.of(value), classifiers, coverageRules, shrinkStepsMax, drawsMax,
        discardsMax);
  }

  RunnerConfig<T> withClassifier(Function<? super T, String> classifier) {
    List<Function<? super T, String>> more = new ArrayList<>(classifiers);
    more.add(Objects.requireNonNull(classifier, "label"));
    return new RunnerConfig<>(
        tries, seed, replay, more, coverageRules, shrinkStepsMax, drawsMax, discardsMax);
  }

  RunnerConfig<T> withCoverage(CoverageRule rule) {
    List<CoverageRule> more = new ArrayList<>(coverageRules);
    more.add(rule);
    return new RunnerConfig<>(
        tries, seed, replay, classifiers, more, shrinkStepsMax, drawsMax, discardsMax);
  }

  RunnerConfig<T> withShrinkStepsMax(int value) {
    requireAtLeast("shrinkStepsMax", value, 0);
    return new RunnerConfig<>(
        tries, seed, replay, classifiers, coverageRules, value, drawsMax, discardsMax);
  }

  RunnerConfig<T> withDrawsMax(int value) {
    requireAtLeast("drawsMax", value, 1);
    return new RunnerConfig<>(
        tries, seed, replay, classifiers, coverageRules, shrinkStepsMax, value, discardsMax);
  }

  RunnerConfig<T> withDiscardsMax(int value) {
    requireAtLeast("discardsMax", value, 0);
    return new RunnerConfig<>(
        tries, seed, replay, classifiers, coverageRules, shrinkStepsMax, drawsMax,
        OptionalInt.of(value));
  }

  private static void requireAtLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
  }
}
