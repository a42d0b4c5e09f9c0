package org.loaderlab.binary;

import java.util.List;
import java.util.Optional;

/**
 * The words of the fake {@code .so} format, and the rules its names follow: one place, so the
 * parser reports exactly what the records refuse and the writer can always write what they hold.
 */
final class BinarySyntax {

  static final String SECTION_MODULE = "module";
  static final String SECTION_REGISTERS = "registers";
  static final String SECTION_THREADSTORAGE = "threadstorage";
  static final String SECTION_THREADS = "threads";
  static final String SECTION_OPTIONAL_API = "optional_api";
  static final String SECTION_ADVERSARIAL = "adversarial";
  static final List<String> SECTIONS = List.of(SECTION_MODULE, SECTION_REGISTERS, SECTION_THREADSTORAGE,
      SECTION_THREADS, SECTION_OPTIONAL_API, SECTION_ADVERSARIAL);

  static final String KEY_NAME = "name";
  static final String KEY_LOAD = "load";
  static final String KEY_UNLOAD_MODULE = "unload_module";
  static final String KEY_BLOCK_UNLOAD = "block_unload";
  static final String KEY_KEY = "key";
  static final String KEY_THREAD = "thread";
  static final String KEY_EXPORTS = "exports";
  static final String KEY_CALLS = "calls";
  static final String KEY_USER_OF = "user_of";
  static final String KEY_CANCEL = "cancel";
  static final String KEY_ON_LOAD = "on_load";
  static final String KEY_ON_UNLOAD = "on_unload";
  static final String KEY_ON_CANCEL = "on_cancel";
  /** In [registers]: {@code service=kind:name}, a provider of a ranked service such as timing. */
  static final String KEY_SERVICE = "service";

  static final String OPTION_DESTRUCTOR = "destructor";
  static final String OPTION_USES = "uses=";

  /** Identifiers are C names in a real module; 128 is far beyond any Asterisk uses. */
  static final int IDENTIFIER_CHARS_MAX = 128;
  /** Registered names (a CLI command has words); far beyond Asterisk's longest. */
  static final int TEXT_CHARS_MAX = 256;

  private BinarySyntax() {}

  /** Why {@code value} is not an identifier ({@code [A-Za-z0-9_]+}); empty when it is one. */
  static Optional<String> identifierProblem(String value) {
    if (value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (value.length() > IDENTIFIER_CHARS_MAX) {
      return Optional.of("it is " + value.length() + " characters long, the limit is " + IDENTIFIER_CHARS_MAX);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !digit && c != '_') {
        return Optional.of("use letters, digits and '_' only");
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@code value} cannot be a registered name; empty when it can. A name is one line of
   * printable text the config syntax carries unchanged: no {@code ;} (a comment), no leading
   * {@code >} (it would read as {@code =>}), no white space at either end.
   */
  static Optional<String> textProblem(String value) {
    if (value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (value.length() > TEXT_CHARS_MAX) {
      return Optional.of("it is " + value.length() + " characters long, the limit is " + TEXT_CHARS_MAX);
    }
    if (!value.strip().equals(value)) {
      return Optional.of("it has white space at an end");
    }
    if (value.charAt(0) == '>') {
      return Optional.of("it starts with '>'");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ';') {
        return Optional.of("it holds ';', which starts a comment");
      }
      if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        return Optional.of("it holds a control character");
      }
    }
    return Optional.empty();
  }

  /** Throws what {@code problem} says about {@code value}, for the records' constructors. */
  static String require(String field, String value, Optional<String> problem) {
    if (problem.isPresent()) {
      throw new IllegalArgumentException("invalid " + field + " '" + value + "': " + problem.get());
    }
    return value;
  }

  static String identifier(String field, String value) {
    return require(field, value, identifierProblem(value));
  }

  static String text(String field, String value) {
    return require(field, value, textProblem(value));
  }

  /** At most 60 characters of {@code text}, for messages that quote user input. */
  static String quote(String text) {
    int shownMax = 60;
    return text.length() <= shownMax ? text : text.substring(0, shownMax) + "...";
  }
}
