package org.loaderlab.property.shrink;

import java.util.function.IntPredicate;

/**
 * Binary search down from a failing value toward 0: the smallest value found for which the
 * candidate still fails, in about {@code log2(value)} runs.
 */
final class Descent {

  private Descent() {}

  /**
   * @param current a value known to fail
   * @param stillFails runs the candidate with the given value (and accepts it when it fails)
   */
  static void lower(int current, IntPredicate stillFails, ShrinkState state) {
    if (current <= 0 || stillFails.test(0)) {
      return;
    }
    int passing = 0;
    int failing = current;
    while (passing + 1 < failing && !state.exhausted()) {
      int middle = passing + (failing - passing) / 2;
      if (stillFails.test(middle)) {
        failing = middle;
      } else {
        passing = middle;
      }
    }
  }
}
