package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loaderlab.engine.manifest.LoadPriority;

/**
 * Reads {@code .load_pri = ...} as a named {@link LoadPriority}. A manifest can only say a name,
 * while C allows an expression, so:
 *
 * <ol>
 *   <li>{@code AST_MODPRI_X} alone, or a number equal to a named value, is exact.
 *   <li>A sum of {@code AST_MODPRI_*} names and integers ({@code AST_MODPRI_CHANNEL_DEPEND - 5})
 *       that names exactly one priority rounds to it: the author placed the module relative to
 *       that group, and the group is the nearest thing a manifest can say.
 *   <li>Any other sum (a bare {@code 0}, two names) rounds to the named value nearest its
 *       value, a tie going to the lower one (the earlier load).
 *   <li>Anything else (casts, calls, unknown names) is not understood.
 * </ol>
 */
final class PriorityExpression {

  /** A priority, and whether the source said exactly that. */
  record Reading(LoadPriority priority, boolean exact) {}

  private static final String PREFIX = "AST_MODPRI_";
  private static final Pattern INTEGER = Pattern.compile("(0[xX][0-9a-fA-F]{1,8}|[0-9]{1,9})[uUlL]*");

  private PriorityExpression() {}

  /** The priority {@code tokens} stand for, or empty when they are not a sum this class reads. */
  static Optional<Reading> read(List<Token> tokens) {
    List<Token> sum = unwrap(tokens);
    if (sum.isEmpty()) {
      return Optional.empty();
    }
    // A binary + or - reads like a unary sign on the next term, so one loop does both.
    long value = 0;
    List<LoadPriority> named = new ArrayList<>();
    int i = 0;
    while (true) {
      int sign = 1;
      for (; i < sum.size() && isSign(sum.get(i)); i++) {
        sign = sum.get(i).isPunctuation('-') ? -sign : sign;
      }
      if (i == sum.size()) {
        return Optional.empty();
      }
      Optional<Long> term = term(sum.get(i++), named);
      if (term.isEmpty()) {
        return Optional.empty();
      }
      value += sign * term.get();
      if (i == sum.size()) {
        break;
      }
      if (!isSign(sum.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(round(sum, named, value));
  }

  private static boolean isSign(Token token) {
    return token.isPunctuation('-') || token.isPunctuation('+');
  }

  private static Reading round(List<Token> sum, List<LoadPriority> named, long value) {
    if (sum.size() == 1 && named.size() == 1) {
      return new Reading(named.get(0), true);
    }
    if (sum.size() == 1) {
      for (LoadPriority priority : LoadPriority.values()) {
        if (priority.value() == value) {
          return new Reading(priority, true);
        }
      }
    }
    if (named.stream().distinct().count() == 1) {
      return new Reading(named.get(0), false);
    }
    return new Reading(nearest(value), false);
  }

  private static LoadPriority nearest(long value) {
    LoadPriority best = LoadPriority.values()[0];
    for (LoadPriority priority : LoadPriority.values()) {
      // values() ascends, so a strictly smaller distance is needed to move on: ties stay lower.
      if (Math.abs(priority.value() - value) < Math.abs(best.value() - value)) {
        best = priority;
      }
    }
    return best;
  }

  private static Optional<Long> term(Token token, List<LoadPriority> named) {
    if (token.kind() == Token.Kind.IDENTIFIER && token.text().startsWith(PREFIX)) {
      Optional<LoadPriority> priority = LoadPriority.parse(token.text());
      priority.ifPresent(named::add);
      return priority.map(p -> (long) p.value());
    }
    if (token.kind() != Token.Kind.NUMBER) {
      return Optional.empty();
    }
    Matcher integer = INTEGER.matcher(token.text());
    if (!integer.matches()) {
      return Optional.empty();
    }
    String digits = integer.group(1);
    boolean hex = digits.length() > 1 && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X');
    return Optional.of(hex ? Long.parseLong(digits.substring(2), 16) : Long.parseLong(digits));
  }

  /** The tokens without parentheses that wrap all of them: {@code ((A - 5))} is {@code A - 5}. */
  private static List<Token> unwrap(List<Token> tokens) {
    List<Token> inner = tokens;
    while (inner.size() >= 2 && inner.get(0).isPunctuation('(')
        && inner.get(inner.size() - 1).isPunctuation(')') && wrapsAll(inner)) {
      inner = inner.subList(1, inner.size() - 1);
    }
    return inner;
  }

  private static boolean wrapsAll(List<Token> tokens) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isPunctuation('(')) {
        depth++;
      } else if (tokens.get(i).isPunctuation(')')) {
        depth--;
        if (depth == 0 && i < tokens.size() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }
}
