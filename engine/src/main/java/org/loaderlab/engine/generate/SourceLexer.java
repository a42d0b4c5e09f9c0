package org.loaderlab.engine.generate;

/**
 * A C lexer that is good enough to find declarations without being fooled by comments and
 * literals: it skips {@code //} and {@code /* *}{@code /} comments, decodes string literals,
 * skips character literals, routes preprocessor directives (with {@code \} continuations)
 * apart from code, and hands the text of {@code /*** MODULEINFO} and {@code /*** DOCUMENTATION}
 * comments to its listener. It is fed one line at a time and keeps only the state that crosses
 * a line: which kind of comment or literal is open, and a string literal being continued.
 *
 * <p>Not a preprocessor: both branches of an {@code #if} reach the listener, which is what a
 * generator wants (the union of what any build could declare).
 */
final class SourceLexer {

  /** What the lexer found, in source order. */
  interface Listener {
    /** A token of code, outside any directive. */
    void token(Token token);

    /** A token of a preprocessor directive; the {@code #} itself comes first. */
    void directiveToken(Token token);

    /** The directive whose tokens came last is complete. */
    void directiveEnd();

    void blockStart(BlockKind kind, int line);

    /** Text of the open block; a line break arrives as {@code \n}. */
    void blockText(String text);

    void blockEnd(int line);
  }

  private enum Mode {
    CODE,
    COMMENT,
    BLOCK,
    STRING
  }

  private final Listener listener;
  private final int stringCharsMax;
  private Mode mode = Mode.CODE;
  private boolean inDirective;
  private final StringBuilder string = new StringBuilder();
  private int stringLine;
  private boolean stringContinued;

  /** @param stringCharsMax a string literal continued over many lines is cut here */
  SourceLexer(Listener listener, int stringCharsMax) {
    assert stringCharsMax > 0 : "stringCharsMax must be positive";
    this.listener = listener;
    this.stringCharsMax = stringCharsMax;
  }

  void line(String text, int lineNumber) {
    boolean atLineStart = mode == Mode.CODE && !inDirective;
    stringContinued = false;
    int i = 0;
    while (i < text.length()) {
      switch (mode) {
        case COMMENT:
          i = skipComment(text, i);
          break;
        case BLOCK:
          i = blockText(text, i, lineNumber);
          break;
        case STRING:
          i = stringText(text, i, lineNumber);
          break;
        default:
          boolean blank = Character.isWhitespace(text.charAt(i));
          i = code(text, i, lineNumber, atLineStart);
          atLineStart = atLineStart && blank;
          break;
      }
    }
    endLine(text);
  }

  /** The source ended: close a literal or directive left open. */
  void finish() {
    if (mode == Mode.STRING) {
      endString();
    }
    if (inDirective) {
      inDirective = false;
      listener.directiveEnd();
    }
  }

  private void endLine(String text) {
    if (mode == Mode.BLOCK) {
      listener.blockText("\n");
    }
    if (mode == Mode.STRING && !stringContinued) {
      endString();
    }
    if (inDirective && mode != Mode.COMMENT && !text.stripTrailing().endsWith("\\")) {
      inDirective = false;
      listener.directiveEnd();
    }
  }

  private int skipComment(String text, int from) {
    int end = text.indexOf("*/", from);
    if (end < 0) {
      return text.length();
    }
    mode = Mode.CODE;
    return end + 2;
  }

  private int blockText(String text, int from, int lineNumber) {
    int end = text.indexOf("*/", from);
    if (end < 0) {
      listener.blockText(text.substring(from));
      return text.length();
    }
    listener.blockText(text.substring(from, end));
    listener.blockEnd(lineNumber);
    mode = Mode.CODE;
    return end + 2;
  }

  /** Lexes one token (or skips white space or a comment opener) at {@code i}; returns the next index. */
  private int code(String text, int i, int lineNumber, boolean atLineStart) {
    char c = text.charAt(i);
    if (Character.isWhitespace(c)) {
      return i + 1;
    }
    if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
      return text.length();
    }
    if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
      return openComment(text, i, lineNumber);
    }
    if (c == '"') {
      mode = Mode.STRING;
      string.setLength(0);
      stringLine = lineNumber;
      return i + 1;
    }
    if (c == '\'') {
      return charLiteral(text, i, lineNumber);
    }
    if (c == '#' && atLineStart) {
      inDirective = true;
    }
    if (isIdentifierStart(c)) {
      int end = i + 1;
      while (end < text.length() && isIdentifierPart(text.charAt(end))) {
        end++;
      }
      emit(new Token(Token.Kind.IDENTIFIER, text.substring(i, end), lineNumber));
      return end;
    }
    if (isDigit(c) || (c == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
      int end = i + 1;
      while (end < text.length() && (isIdentifierPart(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
      emit(new Token(Token.Kind.NUMBER, text.substring(i, end), lineNumber));
      return end;
    }
    emit(new Token(Token.Kind.PUNCTUATION, String.valueOf(c), lineNumber));
    return i + 1;
  }

  private int openComment(String text, int i, int lineNumber) {
    if (text.startsWith("/***", i)) {
      int j = i + 4;
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      for (BlockKind kind : BlockKind.values()) {
        String keyword = kind.keyword();
        int end = j + keyword.length();
        if (text.startsWith(keyword, j) && (end == text.length() || !isIdentifierPart(text.charAt(end)))) {
          mode = Mode.BLOCK;
          listener.blockStart(kind, lineNumber);
          return end;
        }
      }
    }
    mode = Mode.COMMENT;
    return i + 2;
  }

  private int stringText(String text, int from, int lineNumber) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        endString();
        return i + 1;
      }
      if (c != '\\') {
        appendToString(c);
        i++;
        continue;
      }
      if (i + 1 == text.length()) {
        stringContinued = true;
        return text.length();
      }
      i = CEscapes.decode(text, i + 1, this::appendToString);
    }
    return i;
  }

  private void appendToString(char c) {
    if (string.length() < stringCharsMax) {
      string.append(c);
    }
  }

  private void endString() {
    mode = Mode.CODE;
    emit(new Token(Token.Kind.STRING, string.toString(), stringLine));
    string.setLength(0);
  }

  private int charLiteral(String text, int from, int lineNumber) {
    int i = from + 1;
    while (i < text.length() && text.charAt(i) != '\'') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    int end = Math.min(i + 1, text.length());
    emit(new Token(Token.Kind.CHARACTER, text.substring(from, end), lineNumber));
    return end;
  }

  private void emit(Token token) {
    if (inDirective) {
      listener.directiveToken(token);
    } else {
      listener.token(token);
    }
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
