package org.loaderlab.property.tape;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.loaderlab.property.Tape;

/**
 * The recorded source of every decision of one test case: either seeded random draws or a
 * replayed prefix, each draw appended to the record, so the record alone reproduces the case.
 *
 * <p>Replay rules, which keep every shrunk tape meaningful:
 *
 * <ol>
 *   <li>past the end of the prefix, every draw is 0, so deleting choices never breaks a replay;
 *   <li>a replayed value too large for the bound asked now is clamped to {@code bound - 1}, so
 *       a shrinker can write "as large as allowed" without knowing the bound;
 *   <li>a draw with bound 1 carries no information and is not recorded (nor read from the
 *       prefix), but it still counts towards {@code drawsMax}.
 * </ol>
 *
 * <p>Past {@code drawsMax} draws, {@link #choose} throws {@link Discarded}: the case overran.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ChoiceTape implements Tape {

  private static final int[] NO_PREFIX = new int[0];
  private static final int INITIAL_CAPACITY = 16;

  private final int[] prefix;
  /** Absent when replaying: then the tape pads with zeros instead of drawing. */
  private final SplittableRandom random;

  private final int drawsMax;
  private int drawCount;
  private int[] choices = new int[INITIAL_CAPACITY];
  private int choiceCount;

  private ChoiceTape(int[] prefix, SplittableRandom random, int drawsMax) {
    if (drawsMax < 1) {
      throw new IllegalArgumentException("drawsMax must be >= 1, was " + drawsMax);
    }
    this.prefix = prefix;
    this.random = random;
    this.drawsMax = drawsMax;
  }

  /** A fresh case: uniform draws from a generator seeded with {@code seed}, nothing else. */
  public static ChoiceTape random(long seed, int drawsMax) {
    return new ChoiceTape(NO_PREFIX, new SplittableRandom(seed), drawsMax);
  }

  /** A replayed case: the prefix, then zeros. Negative choices are refused. */
  public static ChoiceTape replay(int[] prefix, int drawsMax) {
    for (int index = 0; index < prefix.length; index++) {
      if (prefix[index] < 0) {
        throw new IllegalArgumentException(
            "choice " + index + " of a replayed tape must be >= 0, was " + prefix[index]);
      }
    }
    return new ChoiceTape(prefix.clone(), null, drawsMax);
  }

  @Override
  public int choose(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be >= 1, was " + bound);
    }
    if (drawCount >= drawsMax) {
      throw Discarded.overrun(drawsMax);
    }
    drawCount++;
    if (bound == 1) {
      return 0;
    }
    int value = next(bound);
    assert value >= 0 && value < bound : value + " outside [0, " + bound + ")";
    append(value);
    return value;
  }

  private int next(int bound) {
    if (choiceCount < prefix.length) {
      return Math.min(prefix[choiceCount], bound - 1);
    }
    if (random != null) {
      return UniformDraw.below(random::nextInt, bound);
    }
    return 0;
  }

  private void append(int value) {
    if (choiceCount == choices.length) {
      choices = Arrays.copyOf(choices, Math.min(choices.length * 2, drawsMax));
    }
    choices[choiceCount] = value;
    choiceCount++;
  }

  /** The recorded choices so far, in draw order: replaying them reproduces this case. */
  public int[] choices() {
    return Arrays.copyOf(choices, choiceCount);
  }

  /** Every draw so far, including the unrecorded ones with bound 1. */
  public int drawCount() {
    return drawCount;
  }
}
