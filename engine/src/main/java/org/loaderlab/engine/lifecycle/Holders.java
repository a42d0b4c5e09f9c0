package org.loaderlab.engine.lifecycle;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * The named holders of one lib or one instance, each with the reason it holds. A holder appears
 * at most once; the count is the number of holders, so it can never go below zero, and a release
 * of a holder that does not hold is a bug the assertion names.
 */
final class Holders {

  private final ModuleName module;
  private final RefTarget target;
  private final int holdersMax;
  private final TreeMap<Holder, String> reasons = new TreeMap<>();

  Holders(ModuleName module, RefTarget target, int holdersMax) {
    this.module = module;
    this.target = target;
    this.holdersMax = holdersMax;
  }

  boolean contains(Holder holder) {
    return reasons.containsKey(holder);
  }

  boolean isFull() {
    return reasons.size() >= holdersMax;
  }

  void add(Holder holder, String reason) {
    if (reasons.containsKey(holder)) {
      throw new IllegalStateException(holder + " already holds the " + label() + " of " + module);
    }
    if (isFull()) {
      throw new IllegalStateException("the " + label() + " of " + module + " has " + holdersMax + " holders (usersPerModuleMax)");
    }
    reasons.put(holder, reason);
  }

  void remove(Holder holder) {
    String reason = reasons.remove(holder);
    assert reason != null : holder + " does not hold the " + label() + " of " + module;
  }

  boolean isEmpty() {
    return reasons.isEmpty();
  }

  int count() {
    return reasons.size();
  }

  SortedSet<Holder> holders() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(reasons.keySet()));
  }

  /** A live, read-only view: for copies made under the lock. */
  SortedSet<Holder> view() {
    return Collections.unmodifiableSortedSet(reasons.navigableKeySet());
  }

  SortedMap<Holder, String> reasons() {
    return Collections.unmodifiableSortedMap(reasons);
  }

  private String label() {
    return target == RefTarget.LIB ? "lib" : "instance";
  }
}
