package org.loaderlab.property.shrink;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Test oracles that imitate replay without any generator: a fixed list of bounds, zeros past
 * the end of the candidate, values clamped to their bound, and the extra choices cut off.
 */
final class Oracles {

  private Oracles() {}

  /** Replays {@code candidate} against {@code bounds}; fails when {@code fails} holds. */
  static TapeOracle fixed(int[] bounds, Predicate<int[]> fails) {
    return candidate -> {
      int[] recorded = new int[bounds.length];
      for (int index = 0; index < bounds.length; index++) {
        int value = index < candidate.length ? candidate[index] : 0;
        recorded[index] = Math.min(value, bounds[index] - 1);
      }
      return fails.test(recorded) ? Optional.of(recorded) : Optional.empty();
    };
  }

  /** The candidate is recorded as is, whatever its length. */
  static TapeOracle free(Predicate<int[]> fails) {
    return candidate -> fails.test(candidate) ? Optional.of(candidate.clone()) : Optional.empty();
  }

  static int[] bounds(int length, int bound) {
    int[] bounds = new int[length];
    Arrays.fill(bounds, bound);
    return bounds;
  }
}
