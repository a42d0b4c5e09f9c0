package org.loaderlab.engine.generate;

import java.util.Objects;

/**
 * One C token, as much as the recognisers need: identifiers, numbers, string literals (with
 * their escapes decoded), character literals, and single punctuation characters.
 *
 * @param text for a string, its decoded content without quotes; otherwise the source spelling
 * @param line 1-based line of the token's first character
 */
record Token(Kind kind, String text, int line) {

  enum Kind {
    IDENTIFIER,
    NUMBER,
    STRING,
    CHARACTER,
    PUNCTUATION
  }

  Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    assert line >= 1 : "token line must be 1-based, was " + line;
  }

  boolean is(Kind expected, String spelling) {
    return kind == expected && text.equals(spelling);
  }

  boolean isPunctuation(char c) {
    return kind == Kind.PUNCTUATION && text.length() == 1 && text.charAt(0) == c;
  }

  /** The token as written, for messages: strings get their quotes back. */
  String spelling() {
    return kind == Kind.STRING ? "\"" + text + "\"" : text;
  }
}
