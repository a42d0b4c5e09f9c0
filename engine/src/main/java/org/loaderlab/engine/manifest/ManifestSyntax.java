package org.loaderlab.engine.manifest;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The spelling rules of a manifest that its reader and its writer must agree on: section and key
 * names, checksum and priority forms, and which values survive a trip through a file unchanged.
 * Keeping them in one place is what makes {@code parse(write(m)) == m} hold.
 */
final class ManifestSyntax {

  static final String SECTION_MODULE = "module";
  static final String SECTION_USES = "uses";
  static final String SECTION_CANUSE = "canuse";
  static final String SECTION_PROVIDES = "provides";

  static final String KEY_NAME = "name";
  static final String KEY_CHECKSUM = "checksum";
  static final String KEY_SUPPORT_LEVEL = "support_level";
  static final String KEY_DEFAULT_ENABLED = "defaultenabled";
  static final String KEY_EXPORT_GLOBALS = "export_globals";
  static final String KEY_LOAD_PRIORITY = "load_priority";
  static final String KEY_CONFIG = "config";
  static final String KEY_DESCRIPTION = "description";

  static final String SHA256_PREFIX = "sha256:";
  static final int SHA256_HEX_CHARS = 64;
  static final int MD5_HEX_CHARS = 32;

  /** Values quoted in messages are cut here, so a hostile 8 KiB line gives a readable report. */
  private static final int QUOTED_CHARS_MAX = 60;

  private ManifestSyntax() {}

  /** {@code yes} or {@code no}, in any case; anything else is empty. */
  static Optional<Boolean> parseYesNo(String text) {
    if (text.equalsIgnoreCase("yes")) {
      return Optional.of(true);
    }
    if (text.equalsIgnoreCase("no")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /**
   * The checksum in canonical form ({@code sha256:} and 64 lower-case hex digits, or 32
   * lower-case hex digits of md5), or empty when {@code text} is neither.
   */
  static Optional<String> normalizeChecksum(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith(SHA256_PREFIX)) {
      String digits = lower.substring(SHA256_PREFIX.length());
      return isHex(digits, SHA256_HEX_CHARS) ? Optional.of(lower) : Optional.empty();
    }
    return isHex(lower, MD5_HEX_CHARS) ? Optional.of(lower) : Optional.empty();
  }

  private static boolean isHex(String lower, int length) {
    if (lower.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = lower.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = c >= 'a' && c <= 'f';
      if (!digit && !letter) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} as a priority from 0 to {@link Provision#PRIORITY_MAX}, or empty. */
  static OptionalInt parsePriority(String text) {
    if (!isDigits(text)) {
      return OptionalInt.empty();
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      value = value * 10 + (text.charAt(i) - '0');
      if (value > Provision.PRIORITY_MAX) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(value);
  }

  /**
   * Whether {@code value} ends in {@code :digits} (spaces allowed around the digits): for a kind
   * that takes no priority, that is a priority written where none belongs, not part of a name.
   */
  static boolean endsWithPriority(String value) {
    int colon = value.lastIndexOf(':');
    return colon >= 0 && isDigits(value.substring(colon + 1).strip());
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** What makes two lines of one list the same line: kind, and name in any case. */
  static String identity(String kind, String name) {
    return kind + "=" + name.toLowerCase(Locale.ROOT);
  }

  /**
   * Why {@code value} would not read back unchanged from a {@code key=value} line, or empty when
   * it would. The config syntax trims values, ends them at a line break, refuses NUL, and a
   * file is UTF-8, which cannot carry an unpaired surrogate. {@code ;} is fine: it is escaped.
   */
  static Optional<String> textProblem(String value) {
    if (value.isEmpty()) {
      return Optional.of("is empty");
    }
    if (!value.equals(value.strip())) {
      return Optional.of("has leading or trailing white space, which a manifest line cannot keep");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        return Optional.of("contains a line break");
      }
      if (c == '\0') {
        return Optional.of("contains a NUL character");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          return Optional.of("contains an unpaired surrogate, which UTF-8 cannot encode");
        }
        i++;
      }
    }
    return Optional.empty();
  }

  /** {@code ;} as {@code \;}: the only escape Asterisk's config syntax has. */
  static String escape(String value) {
    return value.indexOf(';') < 0 ? value : value.replace(";", "\\;");
  }

  /** {@code text} shortened for a message. */
  static String quote(String text) {
    return text.length() <= QUOTED_CHARS_MAX ? text : text.substring(0, QUOTED_CHARS_MAX) + "...";
  }
}
