package org.loaderlab.property.shrink;

import java.util.Optional;
import org.apiguardian.api.API;

/** Runs one candidate tape and says whether it still fails the way the original failed. */
@API(status = API.Status.INTERNAL, since = "0.1")
@FunctionalInterface
public interface TapeOracle {

  /**
   * The choices the run actually recorded (clamped, zero-padded or cut short, as replay made
   * them) when the candidate still fails the same way; empty when it passes, is discarded, or
   * fails differently.
   */
  Optional<int[]> failingChoices(int[] candidate);
}
