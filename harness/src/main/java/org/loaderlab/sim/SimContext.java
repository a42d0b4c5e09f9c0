package org.loaderlab.sim;

import org.apiguardian.api.API;
import org.loaderlab.property.Tape;

/**
 * The simulation as a running task sees it: the virtual clock, the run's one tape, and ways to
 * start and postpone tasks. Everything a task decides at random it draws from {@link #tape()},
 * so the whole run stays a pure function of that tape.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface SimContext {

  /** The virtual clock, in milliseconds since the run began; never the wall clock. */
  long nowMs();

  /** The index of the step running now, or of the next one to run between steps; from 0. */
  long stepIndex();

  /** The run's tape: the only source of randomness a task may use. */
  Tape tape();

  /**
   * Starts {@code task}; its first step can run at the next scheduling decision.
   *
   * @param name the task's name in schedules and reports, e.g. {@code channel:SIP/alice-1}: no
   *     whitespace, no {@code #}, no {@code [ ] ,}; a name used before gets {@code #2},
   *     {@code #3}, ... appended, so names are unique over the run
   * @return the task's handle, never {@code null}
   */
  TaskHandle spawn(String name, SimTask task);

  /**
   * Postpones {@code task}: it runs none of the next {@code k} steps, {@code k} drawn from the
   * tape in {@code [0, delayStepsMax]} (so a shrunk tape means no delay). A delay never makes a
   * run hang: when only postponed tasks could run, they run.
   *
   * @return the drawn {@code k}; 0 for a task that already ended (nothing is drawn then)
   */
  int delay(TaskHandle task, int delayStepsMax);

  /** The task whose step is running now; {@code null} between steps. */
  TaskHandle current();
}
