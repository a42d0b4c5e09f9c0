package org.loaderlab.property.shrink;

import java.util.Arrays;

/**
 * Sets spans of 8, 4, 2 and 1 choices to 0, from the end backwards: turns whole sub-values into
 * their simplest form at once, which lowering one choice at a time might never reach when the
 * choices only fail together.
 */
final class ZeroSpans implements ShrinkPass {

  @Override
  public void run(ShrinkState state) {
    for (int size : SPAN_SIZES) {
      for (int start = state.length() - size; start >= 0 && !state.exhausted(); start--) {
        if (start + size <= state.length()) {
          zero(state, start, size);
        }
      }
    }
  }

  private static void zero(ShrinkState state, int start, int size) {
    int[] candidate = state.best();
    boolean allZero = true;
    for (int index = start; index < start + size; index++) {
      allZero &= candidate[index] == 0;
    }
    if (!allZero) {
      Arrays.fill(candidate, start, start + size, 0);
      state.consider(candidate);
    }
  }
}
