package org.loaderlab.property.shrink;

/**
 * Deletes spans of 8, 4, 2 and 1 choices, from the end of the tape backwards: removes list
 * elements (a "continue?" flag with the element's choices) and other whole sub-values.
 *
 * <p>When a deletion alone does not fail, it is retried with the choice before the span lowered
 * by one, because that choice often counts or flags what was deleted.
 */
final class DeleteSpans implements ShrinkPass {

  @Override
  public void run(ShrinkState state) {
    for (int size : SPAN_SIZES) {
      for (int start = state.length() - size; start >= 0 && !state.exhausted(); start--) {
        if (start + size <= state.length()) {
          delete(state, start, size);
        }
      }
    }
  }

  private static void delete(ShrinkState state, int start, int size) {
    int[] best = state.best();
    int[] candidate = new int[best.length - size];
    System.arraycopy(best, 0, candidate, 0, start);
    System.arraycopy(best, start + size, candidate, start, best.length - start - size);
    if (state.consider(candidate) || start == 0 || candidate[start - 1] == 0) {
      return;
    }
    candidate[start - 1]--;
    state.consider(candidate);
  }
}
