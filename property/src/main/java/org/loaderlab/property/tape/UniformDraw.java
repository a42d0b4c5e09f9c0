package org.loaderlab.property.tape;

import java.util.function.IntSupplier;

/**
 * Uniform integers in {@code [0, bound)} from a source of uniform 32-bit words, without the
 * modulo bias of {@code next() % bound}.
 *
 * <p>Lemire's multiply-and-reject method: the product of a 32-bit word and the bound spreads
 * {@code 2^32} words over {@code bound} buckets; the {@code 2^32 mod bound} words that would make
 * some buckets one word larger than others are rejected and drawn again.
 */
final class UniformDraw {

  /**
   * Each round rejects with probability below {@code bound / 2^32 <= 1/2}, so 64 rounds all
   * rejecting has probability below {@code 2^-64}: reaching the limit means the source is broken.
   */
  static final int ROUNDS_MAX = 64;

  private static final long WORD_MASK = 0xFFFF_FFFFL;
  private static final long WORD_COUNT = 1L << 32;

  private UniformDraw() {}

  static int below(IntSupplier source, int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be >= 1, was " + bound);
    }
    long threshold = (WORD_COUNT - bound) % bound;
    for (int round = 0; round < ROUNDS_MAX; round++) {
      long product = (source.getAsInt() & WORD_MASK) * bound;
      if ((product & WORD_MASK) >= threshold) {
        int value = (int) (product >>> 32);
        assert value >= 0 && value < bound : value;
        return value;
      }
    }
    throw new IllegalStateException(
        "random source rejected " + ROUNDS_MAX + " times in a row for bound " + bound);
  }
}
