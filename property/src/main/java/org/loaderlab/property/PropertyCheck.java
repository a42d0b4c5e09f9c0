package org.loaderlab.property;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.loaderlab.property.shrink.ShrinkResult;
import org.loaderlab.property.shrink.Shrinker;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.property.tape.TapeText;
import org.opentest4j.AssertionFailedError;

/**
 * One run of a property, from resolved settings to a report or a thrown failure.
 *
 * <ol>
 *   <li>A replay runs the one case of its tape and stops.
 *   <li>Otherwise each case draws from a seed split off the root seed, until {@code tries}
 *       cases passed; a discarded case is counted and replaced, up to {@code discardsMax}.
 *   <li>The first failing case is shrunk on its tape and reported.
 *   <li>After the last try, coverage requirements are checked against the label counts.
 * </ol>
 */
final class PropertyCheck<T> {

  private final CaseRunner<T> cases;
  private final RunnerConfig<T> config;
  private final long seed;
  private final int tries;
  private final int discardsMax;

  PropertyCheck(Gen<T> gen, ThrowingConsumer<? super T> body, RunnerConfig<T> config) {
    this.cases = new CaseRunner<>(gen, body, config.classifiers());
    this.config = config;
    this.seed = Settings.seed(config.seed());
    this.tries = Settings.tries(config.tries());
    this.discardsMax =
        config.discardsMax().orElse(saturatedProduct(tries, RunnerConfig.DISCARDS_PER_TRY_DEFAULT));
  }

  PropertyReport run() {
    if (config.replay().isPresent()) {
      return replay(config.replay().get());
    }
    SplittableRandom root = new SplittableRandom(seed);
    TreeMap<String, Integer> labelCounts = new TreeMap<>();
    TreeMap<String, Integer> discardReasons = new TreeMap<>();
    int passCount = 0;
    int discardCount = 0;
    while (passCount < tries) {
      CaseOutcome outcome = cases.run(ChoiceTape.random(root.nextLong(), config.drawsMax()));
      if (outcome instanceof CaseOutcome.Fail fail) {
        throw shrunkFailure(fail, passCount + 1);
      }
      if (outcome instanceof CaseOutcome.Discard discard) {
        discardCount++;
        discardReasons.merge(discard.reason(), 1, Integer::sum);
        if (discardCount > discardsMax) {
          throw new AssertionFailedError(
              FailureText.gaveUp(
                  discardCount, discardsMax, passCount, tries, seed, discardReasons));
        }
        continue;
      }
      passCount++;
      for (String label : ((CaseOutcome.Pass) outcome).labels()) {
        labelCounts.merge(label, 1, Integer::sum);
      }
    }
    checkCoverage(labelCounts);
    return new PropertyReport(passCount, seed, discardCount, labelCounts);
  }

  private PropertyReport replay(String tapeText) {
    int[] choices = TapeText.decode(tapeText);
    CaseOutcome outcome = cases.run(ChoiceTape.replay(choices, config.drawsMax()));
    if (outcome instanceof CaseOutcome.Fail fail) {
      Object value = regenerated(fail.choices());
      String tape = TapeText.encode(fail.choices());
      PropertyFailedError.Failure failure =
          new PropertyFailedError.Failure(seed, tape, value, value, 0);
      String message = FailureText.replayed(failure, fail.failure());
      throw PropertyFailedError.of(message, failure, fail.failure());
    }
    if (outcome instanceof CaseOutcome.Discard discard) {
      throw new AssertionFailedError(FailureText.replayDiscarded(tapeText, discard.reason()));
    }
    TreeMap<String, Integer> labelCounts = new TreeMap<>();
    ((CaseOutcome.Pass) outcome).labels().forEach(label -> labelCounts.put(label, 1));
    return new PropertyReport(1, seed, 0, labelCounts);
  }

  private PropertyFailedError shrunkFailure(CaseOutcome.Fail original, int tryNumber) {
    ShrinkResult shrunk =
        Shrinker.shrink(
            original.choices(),
            candidate -> stillFails(candidate, original.kind()),
            config.shrinkStepsMax());
    CaseOutcome replayed = cases.run(ChoiceTape.replay(shrunk.choices(), config.drawsMax()));
    boolean reproduced = replayed instanceof CaseOutcome.Fail;
    CaseOutcome.Fail best = reproduced ? (CaseOutcome.Fail) replayed : original;
    PropertyFailedError.Failure failure =
        new PropertyFailedError.Failure(
            seed,
            TapeText.encode(best.choices()),
            regenerated(best.choices()),
            regenerated(original.choices()),
            shrunk.stepCount());
    String message =
        FailureText.counterexample(
            failure, tryNumber, tries, shrunk, config.shrinkStepsMax(), best.failure(), reproduced);
    PropertyFailedError error = PropertyFailedError.of(message, failure, best.failure());
    if (best.failure() != original.failure()) {
      error.addSuppressed(original.failure());
    }
    return error;
  }

  /** The shrinker's oracle: the candidate still fails, with a failure of the original kind. */
  private Optional<int[]> stillFails(int[] candidate, String kind) {
    CaseOutcome outcome = cases.run(ChoiceTape.replay(candidate, config.drawsMax()));
    if (outcome instanceof CaseOutcome.Fail fail && fail.kind().equals(kind)) {
      return Optional.of(fail.choices());
    }
    return Optional.empty();
  }

  /** The value of a tape, for the report; a generator that throws is shown as what it threw. */
  private Object regenerated(int[] choices) {
    try {
      return cases.regenerate(choices, config.drawsMax());
    } catch (RuntimeException generatorFailure) {
      return "<generator threw " + generatorFailure + ">";
    }
  }

  private void checkCoverage(TreeMap<String, Integer> labelCounts) {
    StringBuilder unmet = new StringBuilder();
    for (RunnerConfig.CoverageRule rule : config.coverageRules()) {
      double share = LabelTable.share(labelCounts.getOrDefault(rule.label(), 0), tries);
      if (share < rule.minFraction()) {
        unmet.append(FailureText.coverageLine(rule.label(), share, rule.minFraction()));
      }
    }
    if (unmet.length() > 0) {
      String table = LabelTable.render(labelCounts, tries);
      throw new AssertionFailedError(FailureText.coverage(tries, seed, unmet.toString(), table));
    }
  }

  private static int saturatedProduct(int left, int right) {
    return (int) Math.min(Integer.MAX_VALUE, (long) left * right);
  }
}
