package org.loaderlab.property.shrink;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.loaderlab.property.tape.Shortlex;

/**
 * The best failing tape so far and the step budget: every pass proposes candidates through
 * {@link #consider}, the one place a candidate is run, counted and accepted.
 */
final class ShrinkState {

  private final TapeOracle oracle;
  private final int stepsMax;
  /** Candidates already run: the case is a pure function of its tape, so never run one twice. */
  private final Set<Key> tried = new HashSet<>();

  private int[] best;
  private int stepCount;
  private int acceptedCount;

  ShrinkState(int[] failing, TapeOracle oracle, int stepsMax) {
    if (stepsMax < 0) {
      throw new IllegalArgumentException("shrinkStepsMax must be >= 0, was " + stepsMax);
    }
    this.best = failing.clone();
    this.oracle = oracle;
    this.stepsMax = stepsMax;
  }

  /** A copy of the best tape, for a pass to edit into a candidate. */
  int[] best() {
    return best.clone();
  }

  int length() {
    return best.length;
  }

  int at(int index) {
    return best[index];
  }

  boolean exhausted() {
    return stepCount >= stepsMax;
  }

  int stepCount() {
    return stepCount;
  }

  int acceptedCount() {
    return acceptedCount;
  }

  /**
   * Runs {@code candidate} unless it was run before or the budget is spent, and makes it the best
   * tape when it still fails and what it recorded is simpler than the best.
   *
   * @return whether the best tape changed
   */
  boolean consider(int[] candidate) {
    if (exhausted() || !tried.add(new Key(candidate.clone()))) {
      return false;
    }
    stepCount++;
    Optional<int[]> failing = oracle.failingChoices(candidate);
    if (failing.isEmpty() || !Shortlex.simpler(failing.get(), best)) {
      return false;
    }
    best = failing.get().clone();
    acceptedCount++;
    assert acceptedCount <= stepCount;
    return true;
  }

  /** {@link #consider} the best tape with one choice replaced. */
  boolean consider(int index, int value) {
    if (index >= best.length || best[index] == value) {
      return false;
    }
    int[] candidate = best();
    candidate[index] = value;
    return consider(candidate);
  }

  /** Membership only (never iterated), so hash order cannot leak into results. */
  private record Key(int[] choices) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that && Arrays.equals(choices, that.choices);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
      return Arrays.toString(choices);
    }
  }
}
