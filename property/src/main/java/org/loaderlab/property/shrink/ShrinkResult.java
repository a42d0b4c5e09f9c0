package org.loaderlab.property.shrink;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * What shrinking reached: the simplest failing tape found, how many candidate runs it spent and
 * how many of them were accepted as simpler.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ShrinkResult(int[] choices, int stepCount, int acceptedCount) {

  public ShrinkResult {
    choices = choices.clone();
    if (acceptedCount > stepCount) {
      throw new IllegalArgumentException(
          "acceptedCount " + acceptedCount + " exceeds stepCount " + stepCount);
    }
  }

  @Override
  public int[] choices() {
    return choices.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShrinkResult that
        && Arrays.equals(choices, that.choices)
        && stepCount == that.stepCount
        && acceptedCount == that.acceptedCount;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(choices) + stepCount) + acceptedCount;
  }

  @Override
  public String toString() {
    return "ShrinkResult" + Arrays.toString(choices) + " after " + stepCount + " steps";
  }
}
