package org.loaderlab.engine.conf;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * One {@code key = value} or {@code key => value} line, trimmed, comments removed, escapes
 * ({@code \;}) resolved.
 *
 * @param arrow whether the line used {@code =>} (Asterisk treats both alike; writers keep it)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConfEntry(String key, String value, boolean arrow, SourceLocation location) {

  public ConfEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(location, "location");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("empty key at " + location);
    }
  }
}
