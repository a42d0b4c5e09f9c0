package org.loaderlab.property.tape;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The order in which one tape is simpler than another: shorter first, then lexicographically
 * smaller. Shrinking only ever moves down this order, which is what makes it terminate.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Shortlex {

  private Shortlex() {}

  /** Negative when {@code left} is simpler than {@code right}, zero when equal. */
  public static int compare(int[] left, int[] right) {
    if (left.length != right.length) {
      return Integer.compare(left.length, right.length);
    }
    return Arrays.compare(left, right);
  }

  public static boolean simpler(int[] candidate, int[] current) {
    return compare(candidate, current) < 0;
  }
}
