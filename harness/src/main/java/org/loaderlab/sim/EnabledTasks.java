package org.loaderlab.sim;

import org.apiguardian.api.API;

/**
 * The tasks that may run at one scheduling decision, in creation order (ascending id): a stable
 * order, so the same tape makes the same choice. A read-only view, valid only during the
 * {@link Scheduler#pick} call it is passed to; the runtime reuses it for the next decision.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EnabledTasks {

  /** How many tasks may run; at least 1 when passed to a scheduler. */
  int size();

  /** The id (creation index) of the task at {@code index}, in {@code [0, size())}. */
  int id(int index);

  /** The name of the task at {@code index}, in {@code [0, size())}. */
  String name(int index);
}
