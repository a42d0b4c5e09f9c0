package org.loaderlab.engine.event;

import org.apiguardian.api.API;

/** The two reference-counted things of a module. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RefTarget {
  /** The opened binary: stays open while held. */
  LIB,
  /** The running module: stays running while held. */
  INSTANCE
}
