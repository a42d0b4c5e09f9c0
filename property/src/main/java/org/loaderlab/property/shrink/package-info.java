/**
 * Shrinking on the tape: a failing tape is made simpler (shortlex: shorter, then
 * lexicographically smaller) while it still fails the same way. One small class per pass behind
 * {@code ShrinkPass}, run in a fixed order (delete spans, zero spans, lower values, lower
 * duplicates, reorder chunks, redistribute pairs) until a round makes no progress or {@code
 * shrinkStepsMax} test runs are spent. Nothing here knows generators: a {@link
 * org.loaderlab.property.shrink.TapeOracle} says whether a candidate tape still fails.
 */
package org.loaderlab.property.shrink;
