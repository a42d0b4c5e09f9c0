package org.loaderlab.engine.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Asterisk's {@code ast_true} and {@code ast_false} spellings, case-insensitive. Anything else is
 * neither: Asterisk would quietly read it as false, we report it.
 */
final class AsteriskBoolean {

  private static final Set<String> TRUE = Set.of("yes", "true", "y", "t", "1", "on");
  private static final Set<String> FALSE = Set.of("no", "false", "n", "f", "0", "off");

  private AsteriskBoolean() {}

  static Optional<Boolean> parse(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(word)) {
      return Optional.of(Boolean.TRUE);
    }
    if (FALSE.contains(word)) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }
}
