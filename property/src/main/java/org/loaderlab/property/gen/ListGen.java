package org.loaderlab.property.gen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.loaderlab.property.Gen;
import org.loaderlab.property.Tape;

/**
 * Lists of {@code [minSize, maxSize]} elements, built the Hypothesis way: the first {@code
 * minSize} elements are drawn outright; before each further element a "continue?" choice is
 * drawn, and 0 means stop.
 *
 * <p>So each optional element owns a span of the tape (its flag, then its choices): deleting
 * the span removes the element, and zeroing a flag cuts the list there. The flag is {@code
 * choose(continueBound) != 0}, which makes the expected number of optional elements {@code
 * continueBound - 1}.
 */
record ListGen<T>(Gen<T> element, int minSize, int maxSize, int continueBound)
    implements Gen<List<T>> {

  /** Hypothesis' average size: a few elements beyond the minimum, never past the midpoint. */
  private static final int EXTRA_AVERAGE = 5;

  ListGen {
    Objects.requireNonNull(element, "element");
    if (minSize < 0) {
      throw new IllegalArgumentException("minSize must be >= 0, was " + minSize);
    }
    if (maxSize < minSize) {
      throw new IllegalArgumentException(
          "maxSize must be >= minSize, was " + maxSize + " < " + minSize);
    }
    if (continueBound < 2) {
      throw new IllegalArgumentException("continueBound must be >= 2, was " + continueBound);
    }
  }

  static <T> ListGen<T> of(Gen<T> element, int minSize, int maxSize) {
    return new ListGen<>(element, minSize, maxSize, continueBound(minSize, maxSize));
  }

  static int continueBound(int minSize, int maxSize) {
    double midpoint = (minSize + (double) maxSize) / 2;
    double average = Math.min(Math.max(minSize * 2.0, minSize + EXTRA_AVERAGE), midpoint);
    long extra = Math.round(average - minSize);
    return (int) Math.max(2, Math.min(extra + 1, Integer.MAX_VALUE));
  }

  @Override
  public List<T> generate(Tape tape) {
    List<T> values = new ArrayList<>(minSize);
    for (int index = 0; index < minSize; index++) {
      values.add(element.generate(tape));
    }
    while (values.size() < maxSize && tape.choose(continueBound) != 0) {
      values.add(element.generate(tape));
    }
    assert values.size() >= minSize && values.size() <= maxSize : values.size();
    return Collections.unmodifiableList(values);
  }
}
