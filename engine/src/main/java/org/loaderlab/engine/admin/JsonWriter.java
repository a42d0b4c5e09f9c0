package org.loaderlab.engine.admin;

import java.util.Locale;

/**
 * Writes one JSON value (RFC 8259), indented by two spaces with one member or element per line,
 * so that a plan diffs line by line. The engine has no JSON library and must not get one; this
 * writer knows exactly what it needs: objects, arrays, strings, booleans and integers.
 *
 * <p>Misuse (a value in an object without a name, a second top-level value, unbalanced ends) is a
 * programming error and throws {@link IllegalStateException}.
 */
final class JsonWriter {

  /** Plans nest four deep; a deeper document is a bug in the caller, not data. */
  static final int DEPTH_MAX = 16;

  private static final String INDENT = "  ";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder();
  private final boolean[] isObject = new boolean[DEPTH_MAX];
  private final int[] memberCount = new int[DEPTH_MAX];
  private int depth;
  private boolean afterName;

  JsonWriter beginObject() {
    return open('{', true);
  }

  JsonWriter endObject() {
    return close('}', true);
  }

  JsonWriter beginArray() {
    return open('[', false);
  }

  JsonWriter endArray() {
    return close(']', false);
  }

  /** The name of the next member of the current object. */
  JsonWriter name(String name) {
    if (depth == 0 || !isObject[depth - 1] || afterName) {
      throw new IllegalStateException("a name belongs in an object, before a value: '" + name + "'");
    }
    newLine();
    out.append(quote(name)).append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    beforeValue();
    out.append(quote(value));
    return this;
  }

  JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** The document, ended by a line break. */
  String finish() {
    if (depth != 0 || afterName || out.length() == 0) {
      throw new IllegalStateException("the JSON document is not complete");
    }
    return out + "\n";
  }

  /**
   * {@code text} as a JSON string: quotes, backslashes and control characters escaped (the short
   * forms where JSON has one), U+2028 and U+2029 escaped for JavaScript readers, and unpaired
   * surrogates escaped so the text stays valid when encoded as UTF-8. Everything else, including
   * non-ASCII, is written as is.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          quoted.append("\\\"");
          break;
        case '\\':
          quoted.append("\\\\");
          break;
        case '\b':
          quoted.append("\\b");
          break;
        case '\f':
          quoted.append("\\f");
          break;
        case '\n':
          quoted.append("\\n");
          break;
        case '\r':
          quoted.append("\\r");
          break;
        case '\t':
          quoted.append("\\t");
          break;
        default:
          i = appendOther(text, i, quoted);
      }
    }
    return quoted.append('"').toString();
  }

  /** Appends the character at {@code index} (two for a surrogate pair); returns the last index used. */
  private static int appendOther(String text, int index, StringBuilder quoted) {
    char c = text.charAt(index);
    boolean pair = Character.isHighSurrogate(c) && index + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(index + 1));
    if (pair) {
      quoted.append(c).append(text.charAt(index + 1));
      return index + 1;
    }
    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
      quoted.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
          .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    } else {
      quoted.append(c);
    }
    return index;
  }

  private JsonWriter open(char bracket, boolean object) {
    beforeValue();
    if (depth == DEPTH_MAX) {
      throw new IllegalStateException("JSON nested deeper than " + DEPTH_MAX);
    }
    out.append(bracket);
    isObject[depth] = object;
    memberCount[depth] = 0;
    depth++;
    return this;
  }

  private JsonWriter close(char bracket, boolean object) {
    if (depth == 0 || isObject[depth - 1] != object || afterName) {
      throw new IllegalStateException(String.format(Locale.ROOT, "unbalanced '%c'", bracket));
    }
    depth--;
    if (memberCount[depth] > 0) {
      out.append('\n');
      indent(depth);
    }
    out.append(bracket);
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth == 0) {
      if (out.length() > 0) {
        throw new IllegalStateException("a JSON document holds one value");
      }
      return;
    }
    if (isObject[depth - 1]) {
      throw new IllegalStateException("a value in an object needs a name first");
    }
    newLine();
  }

  /** Starts the next member or element of the current container on its own line. */
  private void newLine() {
    if (memberCount[depth - 1] > 0) {
      out.append(',');
    }
    memberCount[depth - 1]++;
    out.append('\n');
    indent(depth);
  }

  private void indent(int levels) {
    for (int i = 0; i < levels; i++) {
      out.append(INDENT);
    }
  }
}
