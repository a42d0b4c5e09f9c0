package org.loaderlab.observe;

import org.apiguardian.api.API;

/**
 * The index of the simulation step being run: what stamps every observation. The simulator
 * provides it; the world never reads a wall clock.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface StepClock {

  /** The current step, from 0; never decreases. */
  long stepIndex();
}
