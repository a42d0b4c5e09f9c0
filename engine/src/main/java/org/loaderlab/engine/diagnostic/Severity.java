package org.loaderlab.engine.diagnostic;

import org.apiguardian.api.API;

/** How bad a problem is: an error refuses the input, a warning lets it through. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
  ERROR,
  WARNING;

  /** Lower case, as printed in reports ({@code error}, {@code warning}). */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
