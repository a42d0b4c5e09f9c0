package org.loaderlab.engine.lifecycle;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.SortedArraySet;

/**
 * The named holders of one lib or one instance, each with the reason it holds. A holder appears
 * at most once; the count is the number of holders, so it can never go below zero, and a release
 * of a holder that does not hold is a bug the assertion names.
 *
 * <p>Holders are hashed: every hold and release of a large startup looks one up, and a module
 * may have a great many (channels). They are sorted only when read in order.
 */
final class Holders {

  private static final int INITIAL_CAPACITY = 8;

  private final ModuleName module;
  private final RefTarget target;
  private final int holdersMax;
  /** Sized for the few holders most modules have: every module of a catalog has two of these. */
  private final Map<Holder, String> reasons = new HashMap<>(INITIAL_CAPACITY);
  /**
   * The holders in order as last read, or null once they changed: every operation's plan (and its
   * dry run) snapshots every live module, while most modules' holders change far less often.
   */
  private SortedSet<Holder> sorted;

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
    if (isFull() && !reasons.containsKey(holder)) {
      throw new IllegalStateException("the " + label() + " of " + module + " has " + holdersMax + " holders (usersPerModuleMax)");
    }
    if (reasons.putIfAbsent(holder, reason) != null) {
      throw new IllegalStateException(holder + " already holds the " + label() + " of " + module);
    }
    sorted = null;
  }

  void remove(Holder holder) {
    String reason = reasons.remove(holder);
    sorted = null;
    assert reason != null : holder + " does not hold the " + label() + " of " + module;
  }

  boolean isEmpty() {
    return reasons.isEmpty();
  }

  int count() {
    return reasons.size();
  }

  /** The holders in order, as they are now; unmodifiable. */
  SortedSet<Holder> holders() {
    SortedSet<Holder> now = sorted;
    if (now == null) {
      now = SortedArraySet.copyOf(reasons.keySet());
      sorted = now;
    }
    return now;
  }

  /** The holders in order, for copies made under the lock; the same as {@link #holders}. */
  SortedSet<Holder> view() {
    return holders();
  }

  SortedMap<Holder, String> reasons() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(reasons));
  }

  private String label() {
    return target == RefTarget.LIB ? "lib" : "instance";
  }
}
