package org.loaderlab.property.shrink;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Lowers every copy of a repeated choice together, by binary search toward 0. A failure that
 * needs two equal values ("the list has no duplicates" fails on {@code [6, 6]}) survives no
 * change to one copy alone, so lowering choices one by one would stop at {@code [6, 6]}; lowered
 * together they reach {@code [0, 0]} (Hypothesis' "minimize duplicated blocks").
 */
final class LowerDuplicates implements ShrinkPass {

  @Override
  public void run(ShrinkState state) {
    TreeMap<Integer, List<Integer>> positionsByValue = new TreeMap<>();
    int[] best = state.best();
    for (int index = 0; index < best.length; index++) {
      if (best[index] > 0) {
        positionsByValue.computeIfAbsent(best[index], value -> new ArrayList<>()).add(index);
      }
    }
    for (var entry : positionsByValue.descendingMap().entrySet()) {
      if (state.exhausted()) {
        return;
      }
      if (entry.getValue().size() >= 2) {
        lowerTogether(state, entry.getValue(), entry.getKey());
      }
    }
  }

  private static void lowerTogether(ShrinkState state, List<Integer> positions, int value) {
    Descent.lower(
        value,
        lowered -> {
          int[] candidate = state.best();
          for (int position : positions) {
            if (position >= candidate.length) {
              return false;
            }
            candidate[position] = lowered;
          }
          return state.consider(candidate);
        },
        state);
  }
}
