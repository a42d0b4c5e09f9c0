package org.loaderlab.engine.manifest;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** MODULEINFO's {@code <support_level>}: how well the Asterisk project looks after a module. */
@API(status = API.Status.STABLE, since = "0.1")
public enum SupportLevel {
  CORE,
  EXTENDED,
  DEPRECATED,
  /** The manifest did not say. */
  UNKNOWN;

  /** The manifest spelling: {@code core}, {@code extended}, {@code deprecated}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level spelled {@code text} (case-insensitive); {@code unknown} is not writable, so not parsed. */
  public static Optional<SupportLevel> parse(String text) {
    for (SupportLevel level : values()) {
      if (level != UNKNOWN && level.configName().equalsIgnoreCase(text.strip())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
