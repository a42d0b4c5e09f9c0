package org.loaderlab.engine.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a command line into words at white space and control characters, as Asterisk's CLI
 * does (without its quoting: no command here takes an argument with a space in it).
 */
final class CommandWords {

  /** A command names one module or pattern; a line far longer than any command is refused unread. */
  static final int CHARS_MAX = 4096;

  /** Asterisk's {@code AST_MAX_ARGS}: the most words its CLI splits a line into. */
  static final int WORDS_MAX = 64;

  private CommandWords() {}

  /** The words of {@code line}, or the reason it is refused. */
  record Split(List<String> words, Optional<String> problem) {
    Split {
      words = List.copyOf(words);
      assert problem.isEmpty() || words.isEmpty() : "a refused line has no words";
    }
  }

  static Split split(String line) {
    if (line.length() > CHARS_MAX) {
      return refused("command is " + line.length() + " characters long, the limit is " + CHARS_MAX);
    }
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean separator = i == line.length() || isSeparator(line.charAt(i));
      if (separator && start >= 0) {
        words.add(line.substring(start, i));
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
      if (words.size() > WORDS_MAX) {
        return refused("command has more than " + WORDS_MAX + " words");
      }
    }
    return new Split(words, Optional.empty());
  }

  // Control characters separate words, so no word (and no message quoting one) can break a line.
  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c);
  }

  private static Split refused(String problem) {
    return new Split(List.of(), Optional.of(problem));
  }
}
