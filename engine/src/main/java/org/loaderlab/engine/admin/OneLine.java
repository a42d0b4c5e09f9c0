package org.loaderlab.engine.admin;

/** Text that comes from modules or the engine, made safe to print as one line of a table or list. */
final class OneLine {

  private OneLine() {}

  /** {@code text} with every control character (a line break, a tab) replaced by a space. */
  static String of(String text) {
    StringBuilder line = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (line == null) {
          line = new StringBuilder(text);
        }
        line.setCharAt(i, ' ');
      }
    }
    return line == null ? text : line.toString();
  }
}
