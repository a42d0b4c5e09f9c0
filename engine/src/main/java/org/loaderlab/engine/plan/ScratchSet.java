package org.loaderlab.engine.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A sorted set the {@link Simulation} changes: it starts as the snapshot's own
 * {@link SortedArraySet} (no copy for the 100,000 modules a shutdown plays), each change of a
 * small set makes a new array, and a set that grows past {@link #SMALL_MAX} becomes a tree, so a
 * module with a great many holders is never copied per change.
 *
 * @param <E> the elements, in natural order
 */
final class ScratchSet<E extends Comparable<? super E>> {

  /** Beyond this many elements a change copies too much: the set becomes a tree. */
  static final int SMALL_MAX = 32;

  private SortedArraySet<E> small;
  private TreeSet<E> large;

  private ScratchSet(SortedArraySet<E> small) {
    this.small = small;
  }

  /** A set that starts with {@code elements}, shared until the first change. */
  static <E extends Comparable<? super E>> ScratchSet<E> of(Collection<? extends E> elements) {
    ScratchSet<E> set = new ScratchSet<>(SortedArraySet.copyOf(elements));
    if (set.small.size() > SMALL_MAX) {
      set.large = new TreeSet<>(set.small);
      set.small = null;
    }
    return set;
  }

  boolean isEmpty() {
    return large == null ? small.isEmpty() : large.isEmpty();
  }

  boolean contains(E element) {
    return large == null ? small.contains(element) : large.contains(element);
  }

  void add(E element) {
    if (large != null) {
      large.add(element);
      return;
    }
    small = small.with(element);
    if (small.size() > SMALL_MAX) {
      large = new TreeSet<>(small);
      small = null;
    }
  }

  /** Whether it held {@code element}. */
  boolean remove(E element) {
    if (large != null) {
      return large.remove(element);
    }
    SortedArraySet<E> without = small.without(element);
    boolean held = without != small;
    small = without;
    return held;
  }

  void removeIf(Predicate<? super E> filter) {
    if (large != null) {
      large.removeIf(filter);
      return;
    }
    List<E> kept = new ArrayList<>(small.size());
    for (E element : small) {
      if (!filter.test(element)) {
        kept.add(element);
      }
    }
    if (kept.size() != small.size()) {
      small = SortedArraySet.copyOf(kept);
    }
  }

  /** The elements in order, unaffected by later changes: the caller may walk them while changing the set. */
  Collection<E> elements() {
    return large == null ? small : new ArrayList<>(large);
  }
}
