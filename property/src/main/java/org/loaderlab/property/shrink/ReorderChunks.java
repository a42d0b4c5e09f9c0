package org.loaderlab.property.shrink;

import java.util.Arrays;

/**
 * Puts choices in order: swaps two adjacent chunks of 8, 4, 2 or 1 choices when the later one
 * is smaller (so list elements move toward sorted order), then sorts windows of 8 and 4 choices.
 * Order alone rarely makes a failure go away, and a sorted tape is the canonical one of its kind.
 */
final class ReorderChunks implements ShrinkPass {

  private static final int[] WINDOW_SIZES = {8, 4};

  @Override
  public void run(ShrinkState state) {
    for (int size : SPAN_SIZES) {
      for (int start = state.length() - 2 * size; start >= 0 && !state.exhausted(); start--) {
        if (start + 2 * size <= state.length()) {
          swap(state, start, size);
        }
      }
    }
    for (int size : WINDOW_SIZES) {
      for (int start = state.length() - size; start >= 0 && !state.exhausted(); start--) {
        if (start + size <= state.length()) {
          sort(state, start, size);
        }
      }
    }
  }

  private static void swap(ShrinkState state, int start, int size) {
    int[] best = state.best();
    int middle = start + size;
    int end = middle + size;
    if (Arrays.compare(best, middle, end, best, start, middle) >= 0) {
      return;
    }
    int[] candidate = best.clone();
    System.arraycopy(best, middle, candidate, start, size);
    System.arraycopy(best, start, candidate, middle, size);
    state.consider(candidate);
  }

  private static void sort(ShrinkState state, int start, int size) {
    int[] candidate = state.best();
    Arrays.sort(candidate, start, start + size);
    if (!Arrays.equals(candidate, state.best())) {
      state.consider(candidate);
    }
  }
}
