package org.loaderlab.engine.lifecycle;

import org.apiguardian.api.API;

/** The module asked for is not running (or its lib is not open), so nothing was taken. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModuleUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public ModuleUnavailableException(String message) {
    super(message);
  }
}
