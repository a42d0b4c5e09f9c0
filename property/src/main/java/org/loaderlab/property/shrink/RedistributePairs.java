package org.loaderlab.property.shrink;

/**
 * Moves value from one choice to the choice 2 or 1 places later, keeping their sum: lowers the
 * earlier one by binary search while the later one grows by the same amount. This is what
 * shrinks "the sum of a list stays below 100" from {@code [50, 60]} to {@code [100]}: after
 * {@code [0, 110]}, deleting the emptied element and lowering finish the job. Distance 2 fits
 * list elements, which sit behind their "continue?" flags.
 */
final class RedistributePairs implements ShrinkPass {

  private static final int[] DISTANCES = {4, 3, 2, 1};

  @Override
  public void run(ShrinkState state) {
    for (int distance : DISTANCES) {
      for (int left = state.length() - 1 - distance; left >= 0 && !state.exhausted(); left--) {
        if (left + distance < state.length()) {
          redistribute(state, left, left + distance);
        }
      }
    }
  }

  private static void redistribute(ShrinkState state, int left, int right) {
    int leftValue = state.at(left);
    int rightValue = state.at(right);
    Descent.lower(
        leftValue,
        value -> {
          if (right >= state.length()) {
            return false;
          }
          int[] candidate = state.best();
          candidate[left] = value;
          long moved = (long) rightValue + leftValue - value;
          candidate[right] = (int) Math.min(Integer.MAX_VALUE, moved);
          return state.consider(candidate);
        },
        state);
  }
}
