package org.loaderlab.engine.plan;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;
import org.apiguardian.api.API;

/**
 * An unmodifiable set in natural order, held in one sorted array: what a snapshot copies for
 * each of 100,000 modules, so a copy is one array rather than a tree of entries. Lookups are
 * binary searches. A set that is already one is shared, never copied again.
 *
 * @param <E> the elements, compared by their natural order, which must agree with equals; never
 *     {@code null}
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SortedArraySet<E extends Comparable<? super E>> extends AbstractSet<E> implements SortedSet<E> {

  private static final SortedArraySet<?> EMPTY = new SortedArraySet<>(new Comparable<?>[0]);

  private final Object[] elements;

  private SortedArraySet(Object[] sortedDistinct) {
    this.elements = sortedDistinct;
  }

  /** The empty set. */
  @SuppressWarnings("unchecked")
  public static <E extends Comparable<? super E>> SortedArraySet<E> of() {
    return (SortedArraySet<E>) EMPTY;
  }

  /**
   * The elements of {@code elements} in natural order, each once; {@code elements} itself when
   * it is already a {@code SortedArraySet}.
   */
  @SuppressWarnings("unchecked")
  public static <E extends Comparable<? super E>> SortedArraySet<E> copyOf(Collection<? extends E> elements) {
    if (elements instanceof SortedArraySet<?> already) {
      return (SortedArraySet<E>) already;
    }
    if (elements.isEmpty()) {
      return of();
    }
    Object[] copy = elements.toArray();
    for (Object element : copy) {
      Objects.requireNonNull(element, "element");
    }
    boolean naturallySorted = elements instanceof SortedSet<?> sorted && sorted.comparator() == null;
    if (naturallySorted) {
      return new SortedArraySet<>(copy);
    }
    Arrays.sort(copy);
    if (elements instanceof java.util.Set<?>) {
      return new SortedArraySet<>(copy); // distinct already: nothing to drop
    }
    int distinct = 0;
    for (Object element : copy) {
      if (distinct == 0 || compare(copy[distinct - 1], element) != 0) {
        copy[distinct++] = element;
      }
    }
    return new SortedArraySet<>(distinct == copy.length ? copy : Arrays.copyOf(copy, distinct));
  }

  /** This set and {@code element}: a copy, or this set when it already holds it. O(size). */
  public SortedArraySet<E> with(E element) {
    Objects.requireNonNull(element, "element");
    int found = indexOf(element);
    if (found >= 0) {
      return this;
    }
    int at = -found - 1;
    Object[] grown = new Object[elements.length + 1];
    System.arraycopy(elements, 0, grown, 0, at);
    grown[at] = element;
    System.arraycopy(elements, at, grown, at + 1, elements.length - at);
    return new SortedArraySet<>(grown);
  }

  /** This set without {@code element}: a copy, or this set when it does not hold it. O(size). */
  public SortedArraySet<E> without(Object element) {
    int at = element == null ? -1 : indexOf(element);
    if (at < 0) {
      return this;
    }
    if (elements.length == 1) {
      return of();
    }
    Object[] shrunk = new Object[elements.length - 1];
    System.arraycopy(elements, 0, shrunk, 0, at);
    System.arraycopy(elements, at + 1, shrunk, at, elements.length - at - 1);
    return new SortedArraySet<>(shrunk);
  }

  /** The elements of {@code ascending}, which must be in strictly ascending natural order. */
  public static <E extends Comparable<? super E>> SortedArraySet<E> copyOfAscending(List<? extends E> ascending) {
    if (ascending.isEmpty()) {
      return of();
    }
    Object[] copy = ascending.toArray();
    for (int index = 0; index < copy.length; index++) {
      Objects.requireNonNull(copy[index], "element");
      if (index > 0 && compare(copy[index - 1], copy[index]) >= 0) {
        throw new IllegalArgumentException("not strictly ascending: " + copy[index - 1] + ", " + copy[index]);
      }
    }
    return new SortedArraySet<>(copy);
  }

  @SuppressWarnings("unchecked")
  private static int compare(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean contains(Object element) {
    return element != null && indexOf(element) >= 0;
  }

  private int indexOf(Object element) {
    return Arrays.binarySearch(elements, element);
  }

  @Override
  public Iterator<E> iterator() {
    if (elements.length == 0) {
      return Collections.emptyIterator();
    }
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  @Override
  public Comparator<? super E> comparator() {
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E first() {
    if (elements.length == 0) {
      throw new NoSuchElementException();
    }
    return (E) elements[0];
  }

  @Override
  @SuppressWarnings("unchecked")
  public E last() {
    if (elements.length == 0) {
      throw new NoSuchElementException();
    }
    return (E) elements[elements.length - 1];
  }

  @Override
  public SortedSet<E> subSet(E fromElement, E toElement) {
    if (compare(fromElement, toElement) > 0) {
      throw new IllegalArgumentException("fromElement " + fromElement + " is after toElement " + toElement);
    }
    return slice(lowerBound(fromElement), lowerBound(toElement));
  }

  @Override
  public SortedSet<E> headSet(E toElement) {
    return slice(0, lowerBound(toElement));
  }

  @Override
  public SortedSet<E> tailSet(E fromElement) {
    return slice(lowerBound(fromElement), elements.length);
  }

  /** The index of the first element not below {@code bound}. */
  private int lowerBound(E bound) {
    Objects.requireNonNull(bound, "bound");
    int found = indexOf(bound);
    return found >= 0 ? found : -found - 1;
  }

  private SortedSet<E> slice(int from, int to) {
    return from == 0 && to == elements.length ? this : new SortedArraySet<>(Arrays.copyOfRange(elements, from, to));
  }
}
