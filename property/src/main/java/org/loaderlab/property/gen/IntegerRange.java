package org.loaderlab.property.gen;

import org.loaderlab.property.Gen;
import org.loaderlab.property.Tape;

/**
 * Integers in {@code [min, max]}, uniform, shrinking toward the value nearest to 0: 0 itself
 * when the range holds it, else {@code min} for a positive range and {@code max} for a negative
 * one.
 *
 * <p>One uniform offset is drawn and read as: offset 0 is that simplest value; in a range around
 * 0, offsets {@code 1..max} are the positives in order and the offsets after them are {@code
 * -1, -2, ..}. So "still fails when lowered" is monotone on each side, binary search finds the
 * boundary, and a positive counts as simpler than any negative (as in Hypothesis).
 */
record IntegerRange(long min, long max) implements Gen<Long> {

  IntegerRange {
    if (min > max) {
      throw new IllegalArgumentException("min must be <= max, was " + min + " > " + max);
    }
  }

  @Override
  public Long generate(Tape tape) {
    long offset = WideChoice.draw(tape, max - min);
    long value = valueAt(offset);
    assert min <= value && value <= max : value;
    return value;
  }

  /** Arithmetic wraps on purpose: {@code offset} is unsigned and each result lies in range. */
  long valueAt(long offset) {
    if (min >= 0) {
      return min + offset;
    }
    if (max <= 0) {
      return max - offset;
    }
    if (Long.compareUnsigned(offset, max) <= 0) {
      return offset;
    }
    return -(offset - max);
  }
}
