package org.loaderlab.engine.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the dialplan functions a piece of dialplan text calls, and checks its brackets.
 *
 * <p>A function is called in two ways, both as Asterisk evaluates them:
 *
 * <ul>
 *   <li>{@code ${NAME(args)}}, optionally with a substring suffix {@code ${NAME(args):1:2}};
 *       nested calls ({@code ${CUT(${CHANNEL(foo)},-,1)}}) each count;
 *   <li>inside an expression {@code $[ ... ]}, a bare {@code NAME(args)} where NAME is upper case,
 *       letters, digits and '_' (Asterisk's expression parser passes any other name over), unless
 *       it is one of the expression's own math functions ({@code FLOOR}, {@code SQRT}, ...).
 *       Inside double quotes in an expression nothing is a call.
 * </ul>
 *
 * <p>Brackets are checked with one explicit stack, not recursion, so hostile nesting such as
 * {@code ${${${...}}}} costs a bounded loop: past {@link #NESTING_DEPTH_MAX} open brackets the
 * scan stops with an error. A backslash escapes the next character.
 */
final class FunctionScanner {

  /**
   * Open brackets at once. Real dialplans nest a handful of levels; 64 leaves room for generated
   * ones while a hostile line stops early.
   */
  static final int NESTING_DEPTH_MAX = 64;

  /** ast_expr2's built-in math functions: evaluated by the expression parser, no module needed. */
  private static final Set<String> EXPRESSION_BUILTINS = Set.of("COS", "SIN", "TAN", "ACOS", "ASIN",
      "ATAN", "ATAN2", "POW", "SQRT", "FLOOR", "CEIL", "ROUND", "RINT", "TRUNC", "EXP", "EXP2",
      "EXP10", "LOG", "LOG2", "LOG10", "REMAINDER", "ABS");

  private static final Pattern EXPRESSION_FUNCTION = Pattern.compile("[A-Z_][A-Z0-9_]*");

  /** Characters that end a token in an expression: blanks, operators, brackets, quotes. */
  private static final String EXPRESSION_DELIMITERS = " \t|&=<>!+-*/%:?,()\"[]{}$";

  /** What was found: function names in text order, and the first bracket problem, if any. */
  record Result(List<String> functions, Optional<Problem> problem) {
    Result {
      functions = List.copyOf(functions);
    }
  }

  /** A diagnostic code and message, placed at a line by the caller. */
  record Problem(String code, String message) {}

  private enum Kind { VARIABLE, EXPRESSION, PAREN, BRACE, BRACKET }

  /** One open bracket. {@code dollar} is the innermost open {@code ${} or {@code $[}, maybe itself. */
  private static final class Frame {
    final Kind kind;
    final int start;
    final Frame dollar;
    /** For a paren opening {@code ${NAME(}: NAME, confirmed when the paren closes the name. */
    final String call;
    boolean quoted;

    Frame(Kind kind, int start, Frame enclosing, String call) {
      this.kind = kind;
      this.start = start;
      this.dollar = kind == Kind.VARIABLE || kind == Kind.EXPRESSION
          ? this
          : enclosing == null ? null : enclosing.dollar;
      this.call = call;
    }
  }

  private record Found(int position, String name) {}

  private FunctionScanner() {}

  static Result scan(String text) {
    Deque<Frame> stack = new ArrayDeque<>();
    List<Found> found = new ArrayList<>();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      Frame top = stack.peek();
      Frame dollar = top == null ? null : top.dollar;
      boolean inExpression = dollar != null && dollar.kind == Kind.EXPRESSION;
      if (c == '\\') {
        i++;
      } else if (c == '"' && inExpression) {
        dollar.quoted = !dollar.quoted;
      } else if (c == '$' && i + 1 < length && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '[')) {
        Kind kind = text.charAt(i + 1) == '{' ? Kind.VARIABLE : Kind.EXPRESSION;
        if (stack.size() >= NESTING_DEPTH_MAX) {
          return tooDeep(text, found);
        }
        stack.push(new Frame(kind, i, top, null));
        i++;
      } else if ((c == '(' || c == ')') && inExpression && dollar.quoted) {
        continue;
      } else if (c == '(' || c == '{' || c == '[') {
        if (stack.size() >= NESTING_DEPTH_MAX) {
          return tooDeep(text, found);
        }
        stack.push(open(text, i, top, inExpression, found));
      } else if (c == ')' || c == '}' || c == ']') {
        if (top == null || !closes(c, top.kind)) {
          return problem("unbalanced '" + c + "' in '" + Problems.shown(text) + "'", found);
        }
        stack.pop();
        confirmCall(text, i, top, found);
      }
    }
    if (!stack.isEmpty()) {
      Frame top = stack.peek();
      String opener = switch (top.kind) {
        case VARIABLE -> "${";
        case EXPRESSION -> "$[";
        case PAREN -> "(";
        case BRACE -> "{";
        case BRACKET -> "[";
      };
      return problem("unclosed '" + opener + "' in '" + Problems.shown(text) + "'", found);
    }
    return new Result(names(found), Optional.empty());
  }

  private static Frame open(String text, int index, Frame top, boolean inExpression, List<Found> found) {
    char c = text.charAt(index);
    if (c == '{') {
      return new Frame(Kind.BRACE, index, top, null);
    }
    if (c == '[') {
      return new Frame(Kind.BRACKET, index, top, null);
    }
    if (top != null && top.kind == Kind.VARIABLE) {
      String name = text.substring(top.start + 2, index);
      return new Frame(Kind.PAREN, index, top, Names.isIdentifier(name) ? name : null);
    }
    if (inExpression) {
      int start = index;
      while (start > 0 && EXPRESSION_DELIMITERS.indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      String token = text.substring(start, index);
      if (EXPRESSION_FUNCTION.matcher(token).matches() && !EXPRESSION_BUILTINS.contains(token)) {
        found.add(new Found(start, token));
      }
    }
    return new Frame(Kind.PAREN, index, top, null);
  }

  /** {@code ${NAME(args)}} is a call only when the paren ends the name: {@code }} or {@code :} follows. */
  private static void confirmCall(String text, int index, Frame closed, List<Found> found) {
    if (closed.call == null) {
      return;
    }
    char next = index + 1 < text.length() ? text.charAt(index + 1) : '\0';
    if (next == '}' || next == ':') {
      found.add(new Found(closed.start - closed.call.length(), closed.call));
    }
  }

  private static boolean closes(char closer, Kind kind) {
    return switch (closer) {
      case ')' -> kind == Kind.PAREN;
      case '}' -> kind == Kind.VARIABLE || kind == Kind.BRACE;
      default -> kind == Kind.EXPRESSION || kind == Kind.BRACKET;
    };
  }

  private static Result tooDeep(String text, List<Found> found) {
    return new Result(names(found), Optional.of(new Problem("nesting-too-deep",
        "brackets nest deeper than " + NESTING_DEPTH_MAX + " in '" + Problems.shown(text) + "'")));
  }

  private static Result problem(String message, List<Found> found) {
    return new Result(names(found), Optional.of(new Problem("unbalanced-brackets", message)));
  }

  private static List<String> names(List<Found> found) {
    return found.stream().sorted(Comparator.comparingInt(Found::position)).map(Found::name).toList();
  }
}
