package org.loaderlab.engine.spi;

import org.apiguardian.api.API;

/** A binary that could not be opened: the message says why, for the refusal the user sees. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LinkException extends Exception {

  private static final long serialVersionUID = 1L;

  public LinkException(String message) {
    super(message);
  }

  public LinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
