package org.loaderlab.property.shrink;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Shrinks a failing tape: runs the passes in their fixed order, round after round, until a whole
 * round accepts nothing or {@code shrinkStepsMax} candidate runs are spent. Deterministic: the
 * same failing tape and oracle always give the same result.
 *
 * <p>Every accepted candidate is strictly simpler in shortlex order and costs a step, so the
 * rounds are bounded by the step budget too.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Shrinker {

  private static final List<ShrinkPass> PASSES =
      List.of(
          new DeleteSpans(),
          new ZeroSpans(),
          new LowerValues(),
          new LowerDuplicates(),
          new ReorderChunks(),
          new RedistributePairs());

  private Shrinker() {}

  /**
   * @param failing a tape known to fail
   * @param oracle runs candidates
   * @param shrinkStepsMax most candidate runs, {@code >= 0}; 0 returns {@code failing} as is
   */
  public static ShrinkResult shrink(int[] failing, TapeOracle oracle, int shrinkStepsMax) {
    ShrinkState state = new ShrinkState(failing, oracle, shrinkStepsMax);
    boolean progress = true;
    while (progress && !state.exhausted()) {
      int acceptedBefore = state.acceptedCount();
      for (ShrinkPass pass : PASSES) {
        pass.run(state);
      }
      progress = state.acceptedCount() > acceptedBefore;
    }
    assert state.stepCount() <= shrinkStepsMax;
    return new ShrinkResult(state.best(), state.stepCount(), state.acceptedCount());
  }
}
