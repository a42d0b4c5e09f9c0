package org.loaderlab.sim;

import org.apiguardian.api.API;

/**
 * Something that runs in steps on the simulation runtime: an admin command, a channel running
 * dialplan applications, a module thread, an optional-API caller, a dialplan reload. One call of
 * {@link #step} is one step: the unit the scheduler interleaves. Between two steps of a task,
 * any other enabled task may run.
 *
 * <p>A task is a small state machine: it keeps in its own fields where it is, and each step
 * does one thing and says what comes next ({@link Step}). {@link Script} builds the common
 * straight-line ones. One task object is spawned once: its state belongs to one run.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface SimTask {

  /**
   * Runs one step. A thrown exception ends the task and is recorded in the run's result with the
   * step index; the run goes on.
   *
   * @param context the runtime as the task sees it: the clock, the tape, spawning; never {@code null}
   * @return what the task does next; never {@code null}
   */
  Step step(SimContext context);
}
