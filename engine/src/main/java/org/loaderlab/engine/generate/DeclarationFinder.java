package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Watches the token stream for the two declarations a generator reads, and captures each in a
 * bounded window:
 *
 * <ul>
 *   <li>a call of {@code AST_MODULE_INFO} or one of its short forms ({@code AST_MODULE_INFO_*}):
 *       the tokens between its parentheses;
 *   <li>{@code struct TYPE NAME = { ... }} for a watched {@code TYPE}: the tokens between the braces.
 * </ul>
 *
 * <p>Outside a window it keeps only the last four tokens. A window larger than
 * {@code macroCharsMax} is dropped with a warning, and scanning goes on after its opener.
 */
final class DeclarationFinder {

  /** Where complete windows go. */
  interface Listener {
    /** {@code name} is the macro's identifier; {@code arguments}, the tokens inside its parentheses. */
    void macro(Token name, List<Token> arguments);

    /** {@code struct type variable = { body }}. */
    void initializer(String type, Token variable, List<Token> body);
  }

  static final String MACRO_PREFIX = "AST_MODULE_INFO";

  private static final int HEAD_TOKENS = 4;

  private final Listener listener;
  private final Set<String> structTypes;
  private final int windowCharsMax;
  private final Findings findings;

  /** The last tokens outside a window, oldest first: enough for {@code struct T x =}. */
  private final Token[] recent = new Token[HEAD_TOKENS];
  private Token macroName;

  private List<Token> window;
  private Token windowHead;
  private String windowType;
  private char open;
  private char close;
  private int depth;
  private int windowChars;

  DeclarationFinder(Listener listener, Set<String> structTypes, int windowCharsMax, Findings findings) {
    assert windowCharsMax > 0 : "windowCharsMax must be positive";
    this.listener = listener;
    this.structTypes = Set.copyOf(structTypes);
    this.windowCharsMax = windowCharsMax;
    this.findings = findings;
  }

  void token(Token token) {
    if (window != null) {
      extend(token);
      return;
    }
    Token name = macroName;
    macroName = null;
    if (name != null && token.isPunctuation('(')) {
      openWindow(name, null, '(', ')');
      return;
    }
    if (token.kind() == Token.Kind.IDENTIFIER && token.text().startsWith(MACRO_PREFIX)) {
      macroName = token;
    } else if (token.isPunctuation('{') && isStructHead()) {
      openWindow(recent[2], recent[1].text(), '{', '}');
      return;
    }
    remember(token);
  }

  /** The source ended; a window still open is reported. */
  void finish() {
    if (window != null) {
      findings.warning(windowHead.line(), "unterminated-declaration",
          describe() + " is not closed before the end of the file; it is skipped");
      window = null;
    }
  }

  private boolean isStructHead() {
    return recent[0] != null
        && recent[0].is(Token.Kind.IDENTIFIER, "struct")
        && recent[1].kind() == Token.Kind.IDENTIFIER && structTypes.contains(recent[1].text())
        && recent[2].kind() == Token.Kind.IDENTIFIER
        && recent[3].isPunctuation('=');
  }

  private void remember(Token token) {
    System.arraycopy(recent, 1, recent, 0, HEAD_TOKENS - 1);
    recent[HEAD_TOKENS - 1] = token;
  }

  private void openWindow(Token head, String type, char open, char close) {
    window = new ArrayList<>();
    windowHead = head;
    windowType = type;
    this.open = open;
    this.close = close;
    depth = 1;
    windowChars = 0;
    Arrays.fill(recent, null);
  }

  private void extend(Token token) {
    if (token.isPunctuation(open)) {
      depth++;
    } else if (token.isPunctuation(close) && --depth == 0) {
      List<Token> body = window;
      window = null;
      if (windowType == null) {
        listener.macro(windowHead, body);
      } else {
        listener.initializer(windowType, windowHead, body);
      }
      return;
    }
    windowChars += token.text().length() + 1;
    if (windowChars > windowCharsMax) {
      findings.warning(windowHead.line(), "declaration-too-long",
          describe() + " is longer than " + windowCharsMax + " characters; it is skipped");
      window = null;
      return;
    }
    window.add(token);
  }

  private String describe() {
    return windowType == null ? windowHead.text() : "struct " + windowType + " " + windowHead.text();
  }
}
