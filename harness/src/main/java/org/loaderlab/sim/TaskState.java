package org.loaderlab.sim;

import org.apiguardian.api.API;

/** Where a task is between two steps. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskState {
  /** May run at the next scheduling decision (unless postponed by a delay). */
  READY,
  /** Not enabled until the virtual clock reaches its wake-up time. */
  SLEEPING,
  /** Not enabled until its condition holds. */
  WAITING,
  /** Ended: returned {@link Step#done()} or threw. */
  DONE
}
