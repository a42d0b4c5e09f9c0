package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading C argument lists and initialisers from tokens: splitting at top-level commas,
 * designated fields ({@code .name = value}), and adjacent string literals.
 */
final class CArguments {

  private CArguments() {}

  /**
   * {@code tokens} split at commas outside any {@code ()}, {@code {}} or {@code []}; a trailing
   * comma adds no empty argument, an empty argument in the middle stays (as an empty list).
   */
  static List<List<Token>> split(List<Token> tokens) {
    List<List<Token>> arguments = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (Token token : tokens) {
      if (token.isPunctuation('(') || token.isPunctuation('{') || token.isPunctuation('[')) {
        depth++;
      } else if (token.isPunctuation(')') || token.isPunctuation('}') || token.isPunctuation(']')) {
        depth = Math.max(depth - 1, 0);
      } else if (token.isPunctuation(',') && depth == 0) {
        arguments.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(token);
    }
    if (!current.isEmpty()) {
      arguments.add(current);
    }
    return arguments;
  }

  /**
   * The designated fields among {@code arguments} ({@code .field = value...}), by field name in
   * source order; the first of a repeated field wins, as it would not compile anyway. Arguments
   * of any other shape are skipped.
   */
  static Map<String, List<Token>> fields(List<List<Token>> arguments) {
    Map<String, List<Token>> fields = new LinkedHashMap<>();
    for (List<Token> argument : arguments) {
      boolean designated = argument.size() >= 3
          && argument.get(0).isPunctuation('.')
          && argument.get(1).kind() == Token.Kind.IDENTIFIER
          && argument.get(2).isPunctuation('=');
      if (designated) {
        fields.putIfAbsent(argument.get(1).text(), argument.subList(3, argument.size()));
      }
    }
    return fields;
  }

  /** The value of adjacent string literals, concatenated as C does; empty when anything else is there. */
  static Optional<String> string(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder value = new StringBuilder();
    for (Token token : tokens) {
      if (token.kind() != Token.Kind.STRING) {
        return Optional.empty();
      }
      value.append(token.text());
    }
    return Optional.of(value.toString());
  }

  /**
   * The tokens as they read, for messages: one space between tokens, none inside parentheses and brackets,
   * before a comma, or between a name and its call's parenthesis ({@code f(a, b) - 5}).
   */
  static String spell(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    Token previous = null;
    for (Token token : tokens) {
      boolean call = token.isPunctuation('(') && previous != null && previous.kind() == Token.Kind.IDENTIFIER;
      boolean tight = previous == null || previous.isPunctuation('(') || previous.isPunctuation('[')
          || token.isPunctuation(')') || token.isPunctuation(']') || token.isPunctuation(',') || call;
      if (!tight) {
        text.append(' ');
      }
      text.append(token.spelling());
      previous = token;
    }
    return text.toString();
  }
}
