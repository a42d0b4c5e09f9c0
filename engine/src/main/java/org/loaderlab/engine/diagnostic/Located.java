package org.loaderlab.engine.diagnostic;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A value and the line it was written on, so a decision taken on it can name its reason.
 *
 * @param value never {@code null}
 * @param location never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Located<T>(T value, SourceLocation location) {

  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(location, "location");
  }

  /** {@code value (file:line)}. */
  @Override
  public String toString() {
    return value + " (" + location + ")";
  }
}
