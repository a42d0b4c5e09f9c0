package org.loaderlab.engine.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spelling rules for the names configuration files refer to: applications, functions, realtime
 * drivers and services. Like module names they are {@code [A-Za-z0-9_]+}: every name Asterisk
 * registers is, and a name that is not can never be provided, so it is a typo.
 */
final class Names {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_]+");

  /** A name as a function call is written: a letter or '_' first, so {@code 1(x)} is not a call. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Names() {}

  static boolean isPlain(String name) {
    return PLAIN.matcher(name).matches();
  }

  static boolean isIdentifier(String text) {
    return IDENTIFIER.matcher(text).matches();
  }

  /** Why {@code name} cannot be a {@code what} name ({@code application}, ...); empty when it can. */
  static Optional<String> problem(String what, String name) {
    if (name.isEmpty()) {
      return Optional.of("empty " + what + " name");
    }
    if (!isPlain(name)) {
      return Optional.of("invalid " + what + " name '" + name + "': use letters, digits and '_' only");
    }
    return Optional.empty();
  }
}
