package org.loaderlab.engine.plan;

import java.util.Arrays;
import java.util.List;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * The order in which a {@link Closure} starts modules that are ready together, by load priority
 * then name, as one number per module: its start queue then compares numbers, never names.
 */
final class ReadyRanks {

  private ReadyRanks() {}

  /**
   * Each module's rank. {@code names} are distinct; {@code priority} holds each one's
   * {@link LoadPriority} ordinal. A name sort (the closure's walk order is, for autoload, the
   * catalog's sorted order, so it mostly confirms it), then a stable counting sort by priority.
   */
  static int[] of(List<ModuleName> names, int[] priority) {
    int count = names.size();
    assert priority.length == count : "a priority for each of " + count + " modules, got " + priority.length;
    Integer[] byName = new Integer[count];
    for (int index = 0; index < count; index++) {
      byName[index] = index;
    }
    Arrays.sort(byName, (a, b) -> names.get(a).compareTo(names.get(b)));
    int[] first = new int[LoadPriority.values().length + 1];
    for (int level : priority) {
      first[level + 1]++;
    }
    for (int level = 1; level < first.length; level++) {
      first[level] += first[level - 1];
    }
    int[] rank = new int[count];
    for (Integer index : byName) {
      rank[index] = first[priority[index]]++;
    }
    return rank;
  }
}
