package org.loaderlab.engine.generate;

/** Small text helpers for messages and manifest values. */
final class Text {

  /** Values quoted in messages are cut here, so a hostile 8 MiB value gives a readable report. */
  private static final int QUOTED_CHARS_MAX = 60;

  private Text() {}

  /** {@code value} shortened for a message, on one line. */
  static String quote(String value) {
    String line = value.replace('\n', ' ').replace('\r', ' ');
    return line.length() <= QUOTED_CHARS_MAX ? line : line.substring(0, QUOTED_CHARS_MAX) + "...";
  }

  /**
   * {@code value} as one manifest line can carry it: control characters (line breaks, tabs,
   * NUL) become spaces, runs of white space one space, and the ends are trimmed.
   */
  static String oneLine(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }
}
