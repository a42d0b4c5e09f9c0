package org.loaderlab.sim;

import org.apiguardian.api.API;

/**
 * Always the oldest enabled task: no randomness, so simple tests read like sequential code, and
 * engine tasks run in the order the engine queued them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FifoScheduler implements Scheduler {

  @Override
  public int pick(long stepIndex, EnabledTasks enabled) {
    assert enabled.size() > 0 : "picked from no task";
    return 0;
  }
}
