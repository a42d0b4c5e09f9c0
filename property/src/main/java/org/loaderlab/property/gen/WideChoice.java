package org.loaderlab.property.gen;

import org.loaderlab.property.Tape;

/**
 * A uniform unsigned 64-bit offset in {@code [0, maxOffset]} from int-sized tape choices.
 *
 * <p>An offset that fits one choice is one choice, so small ranges shrink by plain binary
 * search. A wider offset is drawn as big-endian chunks of 30 bits (the top chunk only as wide as
 * needed), and an attempt above {@code maxOffset} is rejected and drawn again, which keeps the
 * distribution uniform. Big-endian order makes lowering an earlier choice lower the offset.
 */
final class WideChoice {

  static final int CHUNK_BITS = 30;

  /**
   * The top chunk is bounded tightly, so an attempt is rejected with probability below 1/2; 64
   * rejections in a row happen only on replayed, hand-made tapes, which then get the largest
   * offset rather than an endless loop.
   */
  static final int ATTEMPTS_MAX = 64;

  private static final int CHUNK_BOUND = 1 << CHUNK_BITS;

  private WideChoice() {}

  /** {@code maxOffset} is read unsigned: -1 means the full 64-bit range. */
  static long draw(Tape tape, long maxOffset) {
    if (Long.compareUnsigned(maxOffset, Integer.MAX_VALUE - 1) <= 0) {
      return tape.choose((int) maxOffset + 1);
    }
    int bitCount = Long.SIZE - Long.numberOfLeadingZeros(maxOffset);
    int lowChunkCount = (bitCount - 1) / CHUNK_BITS;
    int topBound = (int) (maxOffset >>> (lowChunkCount * CHUNK_BITS)) + 1;
    assert topBound >= 2 && topBound <= CHUNK_BOUND : topBound;
    for (int attempt = 0; attempt < ATTEMPTS_MAX; attempt++) {
      long offset = tape.choose(topBound);
      for (int chunk = 0; chunk < lowChunkCount; chunk++) {
        offset = (offset << CHUNK_BITS) | tape.choose(CHUNK_BOUND);
      }
      if (Long.compareUnsigned(offset, maxOffset) <= 0) {
        return offset;
      }
    }
    return maxOffset;
  }
}
