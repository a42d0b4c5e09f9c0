package org.loaderlab.property;

import java.util.Arrays;
import java.util.Locale;

/**
 * A value as a failure message shows it: strings quoted and escaped, arrays by content, and
 * anything longer than {@link #CHARS_MAX} cut, so a huge counterexample cannot bury the report.
 */
final class ValueText {

  static final int CHARS_MAX = 2000;

  private ValueText() {}

  static String of(Object value) {
    String text = raw(value);
    if (text.length() <= CHARS_MAX) {
      return text;
    }
    return text.substring(0, CHARS_MAX) + "... (" + text.length() + " chars)";
  }

  private static String raw(Object value) {
    if (value instanceof String string) {
      return quoted(string);
    }
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    }
    if (value != null && value.getClass().isArray()) {
      return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
    }
    return String.valueOf(value);
  }

  private static String quoted(String string) {
    StringBuilder text = new StringBuilder(string.length() + 2).append('"');
    string
        .codePoints()
        .forEach(
            codePoint -> {
              if (codePoint == '"' || codePoint == '\\') {
                text.append('\\').appendCodePoint(codePoint);
              } else if (codePoint < ' ' || codePoint == 0x7F) {
                text.append(String.format(Locale.ROOT, "\\u%04x", codePoint));
              } else {
                text.appendCodePoint(codePoint);
              }
            });
    return text.append('"').toString();
  }
}
