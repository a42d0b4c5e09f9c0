package org.loaderlab.engine.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of an {@code exten =>} or {@code same =>} line, split as Asterisk's pbx_config does:
 * {@code extension,priority,body} (a {@code same} line has no extension). The extension ends at
 * the first comma outside a pattern's {@code [...]}; the priority at the next comma; the body is
 * the rest, commas and all.
 *
 * @param extension as written, with any {@code /callerid} match; for {@code same}, the one inherited
 * @param priority the priority field, stripped
 * @param body the application and its arguments ({@code Gosub(mymacro,s,1(test))}), or a hint's devices
 */
record ExtenLine(String extension, String priority, String body) {

  /** How a priority is written; what {@code n}, {@code s} and labels refer to is for the caller. */
  enum PriorityKind { NUMBER, NEXT, SAME, HINT, LABEL_REFERENCE }

  /** A parsed priority field: {@code 1}, {@code n}, {@code n(label)}, {@code s+2}, {@code hint}, {@code mylabel}. */
  record Priority(PriorityKind kind, String base, Optional<String> label) {}

  private static final Pattern PRIORITY =
      Pattern.compile("([^\\s()+,]+)(?:\\+([0-9]{1,9}))?(?:\\(([^()]*)\\))?");

  /** The split {@code value}, or empty when a field is missing or blank. */
  static Optional<ExtenLine> split(String value, Optional<String> inherited) {
    String extension;
    String rest;
    if (inherited.isPresent()) {
      extension = inherited.get();
      rest = value;
    } else {
      int comma = extensionEnd(value);
      if (comma < 0) {
        return Optional.empty();
      }
      extension = value.substring(0, comma).strip();
      rest = value.substring(comma + 1);
    }
    int comma = rest.indexOf(',');
    if (comma < 0) {
      return Optional.empty();
    }
    String priority = rest.substring(0, comma).strip();
    String body = rest.substring(comma + 1).strip();
    if (extension.isEmpty() || priority.isEmpty() || body.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ExtenLine(extension, priority, body));
  }

  /**
   * The extension field of an {@code exten} value, even when later fields are missing: pbx_config
   * remembers it for {@code same} before it looks further, so a broken line does not break the
   * {@code same} lines after it.
   */
  static String extensionField(String value) {
    int comma = extensionEnd(value);
    return (comma < 0 ? value : value.substring(0, comma)).strip();
  }

  /** Asterisk's pbx_strsep: a comma inside {@code [...]} or after a backslash does not end the extension. */
  private static int extensionEnd(String value) {
    boolean inPattern = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inPattern) {
        inPattern = c != ']';
      } else if (c == '[') {
        inPattern = true;
      } else if (c == ',') {
        return i;
      }
    }
    return -1;
  }

  /** The priority field parsed, or empty when it is malformed (or a number below 1). */
  Optional<Priority> parsePriority() {
    Matcher matcher = PRIORITY.matcher(priority);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String base = matcher.group(1);
    Optional<String> label = Optional.ofNullable(matcher.group(3)).map(String::strip).filter(l -> !l.isEmpty());
    PriorityKind kind;
    if (base.equals("hint")) {
      kind = PriorityKind.HINT;
    } else if (base.equals("n") || base.equals("next")) {
      kind = PriorityKind.NEXT;
    } else if (base.equals("s") || base.equals("same")) {
      kind = PriorityKind.SAME;
    } else if (base.chars().allMatch(Character::isDigit)) {
      if (base.length() > 9 || Integer.parseInt(base) < 1) {
        return Optional.empty();
      }
      kind = PriorityKind.NUMBER;
    } else {
      kind = PriorityKind.LABEL_REFERENCE;
    }
    return Optional.of(new Priority(kind, base, label));
  }

  /**
   * The application this line runs: the text before the first {@code (}, or the whole body when
   * it has no parenthesis ({@code Answer}), or when a variable comes before the parenthesis
   * (Asterisk then takes the whole body as the name).
   */
  String application() {
    int paren = body.indexOf('(');
    if (paren < 0) {
      return body;
    }
    String name = body.substring(0, paren);
    if (name.contains("${") || name.contains("$[")) {
      return body;
    }
    return name.strip();
  }

  /** The application's arguments: between the first {@code (} and the last {@code )}; empty without them. */
  String arguments() {
    int open = body.indexOf('(');
    int close = body.lastIndexOf(')');
    return open < 0 || close < open ? "" : body.substring(open + 1, close);
  }
}
