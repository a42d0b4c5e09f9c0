package org.loaderlab.observe;

import org.apiguardian.api.API;

/**
 * The observation log is full: a run made more observations than its {@code observationsMax}.
 * Loud on purpose: a run that long is a hang or a runaway loop, and dropping observations would
 * let an oracle miss the very step that went wrong.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ObservationLimitException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public ObservationLimitException(String message) {
    super(message);
  }
}
