package org.loaderlab.engine.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.SortedArraySet;

/**
 * The modules an instance (or a lib) holds as a DEPENDENT, as their records, in name order:
 * reached without a lookup when it stops or closes. A module needs a few others, so this is a
 * short sorted list rather than a tree per module. Guarded by the engine lock.
 */
final class Dependencies {

  private final List<ModuleRecord> records = new ArrayList<>(2);
  /** The names as last copied, or null once they changed: a snapshot asks at every plan. */
  private SortedSet<ModuleName> names;

  /** Adds {@code record} unless a record of that name is here. */
  void add(ModuleRecord record) {
    int found = indexOf(record.name);
    if (found < 0) {
      records.add(-found - 1, record);
      names = null;
    }
  }

  void remove(ModuleName name) {
    int found = indexOf(name);
    if (found >= 0) {
      records.remove(found);
      names = null;
    }
  }

  void clear() {
    records.clear();
    names = null;
  }

  /** The records in name order, as a copy the caller may walk while this changes. */
  List<ModuleRecord> records() {
    return List.copyOf(records);
  }

  /** The names in order, as a copy for a snapshot. */
  SortedSet<ModuleName> names() {
    SortedSet<ModuleName> now = names;
    if (now == null) {
      List<ModuleName> ordered = new ArrayList<>(records.size());
      records.forEach(record -> ordered.add(record.name));
      now = SortedArraySet.copyOfAscending(ordered);
      names = now;
    }
    return now;
  }

  private int indexOf(ModuleName name) {
    int low = 0;
    int high = records.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = records.get(middle).name.compareTo(name);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }
}
