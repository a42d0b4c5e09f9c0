package org.loaderlab.property.shrink;

/**
 * Lowers each choice, from the end backwards, by binary search toward 0: ints shrink to the
 * exact boundary of the failure (e.g. 1000 for "all ints are below 1000").
 *
 * <p>A choice that cannot go lower on its own is then lowered by one while the next choice is
 * set to "as large as allowed" ({@code Integer.MAX_VALUE}, which replay clamps to its bound):
 * the borrow of big-endian subtraction. It lets a value drawn as several chunks shrink past a
 * chunk boundary, where lexicographic order would otherwise prefer {@code [1, 0]} to {@code [0,
 * max]}.
 */
final class LowerValues implements ShrinkPass {

  @Override
  public void run(ShrinkState state) {
    for (int index = state.length() - 1; index >= 0 && !state.exhausted(); index--) {
      if (index < state.length()) {
        lower(state, index);
        borrow(state, index);
      }
    }
  }

  private static void lower(ShrinkState state, int index) {
    if (index < state.length()) {
      Descent.lower(state.at(index), value -> state.consider(index, value), state);
    }
  }

  private static void borrow(ShrinkState state, int index) {
    int next = index + 1;
    if (next >= state.length() || state.at(index) == 0) {
      return;
    }
    int[] candidate = state.best();
    candidate[index]--;
    candidate[next] = Integer.MAX_VALUE;
    if (state.consider(candidate)) {
      lower(state, next);
    }
  }
}
