package org.loaderlab.sim;

import org.apiguardian.api.API;

/**
 * A replayed run stopped following its recorded schedule: at {@link #stepIndex()} the recorded
 * task was not enabled, the enabled tasks differed, or the run went on past the recording. The
 * code under test, the world or the tasks changed since the recording; the replay stops at the
 * first divergence, where the cause is closest.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScheduleDivergenceException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final long stepIndex;

  ScheduleDivergenceException(long stepIndex, String message) {
    super("schedule diverged at step " + stepIndex + ": " + message);
    this.stepIndex = stepIndex;
  }

  /** The first step that did not follow the recording. */
  public long stepIndex() {
    return stepIndex;
  }
}
