package org.loaderlab.sim;

import org.apiguardian.api.API;

/**
 * A scheduling strategy: answers one question, which enabled task runs the next step. Each
 * strategy is a small class that draws any randomness from the run's tape, so its choices are
 * recorded and shrinkable; a run gets a fresh scheduler, and recording and replay checking
 * happen beside it, never inside it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Scheduler {

  /**
   * Chooses the task that runs step {@code stepIndex}.
   *
   * @param stepIndex the index of the step about to run, from 0, one more at each call
   * @param enabled the tasks that may run, in creation order; never empty
   * @return an index into {@code enabled}, in {@code [0, enabled.size())}
   */
  int pick(long stepIndex, EnabledTasks enabled);
}
