package org.loaderlab.property;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.loaderlab.property.junit.PropertyDefaultsExtension;

/**
 * Resolves the seed and the number of tries of a check, in the order {@link PropertyDefaults}
 * documents: runner, system property, annotation, built-in default.
 */
final class Settings {

  private Settings() {}

  static long seed(OptionalLong pinned) {
    if (pinned.isPresent()) {
      return pinned.getAsLong();
    }
    Optional<String> property = property(PropertyDefaults.SEED_PROPERTY);
    if (property.isPresent()) {
      try {
        return Long.parseLong(property.get());
      } catch (NumberFormatException notALong) {
        throw badProperty(PropertyDefaults.SEED_PROPERTY, property.get(), "a long");
      }
    }
    return PropertyDefaultsExtension.active()
        .map(PropertyDefaults::seed)
        .orElse(PropertyDefaults.DEFAULT_SEED);
  }

  static int tries(OptionalInt pinned) {
    if (pinned.isPresent()) {
      return pinned.getAsInt();
    }
    Optional<String> property = property(PropertyDefaults.TRIES_PROPERTY);
    if (property.isPresent()) {
      int tries;
      try {
        tries = Integer.parseInt(property.get());
      } catch (NumberFormatException notAnInt) {
        throw badProperty(PropertyDefaults.TRIES_PROPERTY, property.get(), "an int >= 1");
      }
      if (tries < 1) {
        throw badProperty(PropertyDefaults.TRIES_PROPERTY, property.get(), "an int >= 1");
      }
      return tries;
    }
    int tries =
        PropertyDefaultsExtension.active()
            .map(PropertyDefaults::tries)
            .orElse(PropertyDefaults.DEFAULT_TRIES);
    if (tries < 1) {
      throw new IllegalArgumentException("@PropertyDefaults tries must be >= 1, was " + tries);
    }
    return tries;
  }

  private static Optional<String> property(String name) {
    return Optional.ofNullable(System.getProperty(name))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  private static IllegalArgumentException badProperty(String name, String value, String expected) {
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT, "system property '%s' must be %s, was '%s'", name, expected, value));
  }
}
