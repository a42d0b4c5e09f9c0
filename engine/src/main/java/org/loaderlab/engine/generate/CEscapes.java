package org.loaderlab.engine.generate;

/**
 * C's escape sequences in string literals, decoded to characters. Numeric escapes name a
 * byte in C; they are read as the character of that code (Latin-1), which is exact for ASCII,
 * the only thing Asterisk descriptions escape.
 */
final class CEscapes {

  /** Where decoded characters go. */
  interface CharSink {
    void accept(char c);
  }

  /** Hex digits read after {@code \x}; C reads any number, more than a code point needs is noise. */
  private static final int HEX_DIGITS_MAX = 4;
  private static final int OCTAL_DIGITS_MAX = 3;

  private CEscapes() {}

  /**
   * Decodes the escape whose letter is at {@code at} (just after the backslash) into
   * {@code sink}; returns the index after the escape.
   */
  static int decode(String text, int at, CharSink sink) {
    assert at < text.length() : "an escape needs a character after the backslash";
    char c = text.charAt(at);
    switch (c) {
      case 'n':
        sink.accept('\n');
        return at + 1;
      case 't':
        sink.accept('\t');
        return at + 1;
      case 'r':
        sink.accept('\r');
        return at + 1;
      case 'a':
        sink.accept('\u0007');
        return at + 1;
      case 'b':
        sink.accept('\b');
        return at + 1;
      case 'f':
        sink.accept('\f');
        return at + 1;
      case 'v':
        sink.accept('\u000b');
        return at + 1;
      case 'x':
        return number(text, at + 1, 16, HEX_DIGITS_MAX, sink, 'x');
      default:
        if (c >= '0' && c <= '7') {
          return number(text, at, 8, OCTAL_DIGITS_MAX, sink, c);
        }
        // \\ \" \' \? and any unknown escape stand for the character itself.
        sink.accept(c);
        return at + 1;
    }
  }

  private static int number(String text, int from, int radix, int digitsMax, CharSink sink, char fallback) {
    int value = 0;
    int i = from;
    while (i < text.length() && i - from < digitsMax && Character.digit(text.charAt(i), radix) >= 0) {
      value = value * radix + Character.digit(text.charAt(i), radix);
      i++;
    }
    sink.accept(i == from ? fallback : (char) value);
    return i;
  }
}
