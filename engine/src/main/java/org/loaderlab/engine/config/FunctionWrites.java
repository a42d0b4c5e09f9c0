package org.loaderlab.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functions used by being written to: {@code Set(CDR(userfield)=x)}, {@code MSet(A=1,CALLERID(name)=Bob)},
 * and a {@code [globals]} key such as {@code CDR(x)}. Asterisk writes through a function whenever
 * the variable name ends with {@code )}, so the function's module is needed like for a read.
 */
final class FunctionWrites {

  private static final Pattern WRITE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\(.*\\)", Pattern.DOTALL);

  private FunctionWrites() {}

  /** The function a variable name writes through ({@code CDR} for {@code CDR(userfield)}), if any. */
  static Optional<String> target(String variable) {
    Matcher matcher = WRITE.matcher(variable.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The functions {@code application} writes through, given its arguments. */
  static List<String> written(String application, String arguments) {
    List<String> functions = new ArrayList<>();
    if (application.equalsIgnoreCase("Set")) {
      assignee(arguments).flatMap(FunctionWrites::target).ifPresent(functions::add);
    } else if (application.equalsIgnoreCase("MSet")) {
      for (String pair : topLevelArguments(arguments)) {
        assignee(pair).flatMap(FunctionWrites::target).ifPresent(functions::add);
      }
    }
    return functions;
  }

  private static Optional<String> assignee(String assignment) {
    int equals = assignment.indexOf('=');
    return equals < 0 ? Optional.empty() : Optional.of(assignment.substring(0, equals));
  }

  /** Arguments split at commas outside brackets, as Asterisk's argument parser splits them. */
  private static List<String> topLevelArguments(String arguments) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(arguments.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(arguments.substring(start));
    return parts;
  }
}
