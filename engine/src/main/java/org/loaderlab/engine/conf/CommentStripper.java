package org.loaderlab.engine.conf;

/**
 * Removes comments from one line at a time, as Asterisk's config.c does: {@code ;} starts a line
 * comment, {@code ;--} opens a block comment that {@code --;} closes (they nest, and span lines),
 * and {@code \;} is a literal semicolon. Holds the block-comment depth between lines, so one
 * stripper reads one file, line after line.
 *
 * <p>{@code ;---} (a fourth dash) is a line comment, not a block opener: config.c tests
 * {@code comment_p[3] != '-'}, so that separator lines such as {@code ;--------} do not swallow
 * the rest of the file.
 */
final class CommentStripper {

  /** Asterisk's MAX_NESTED_COMMENTS; deeper nesting is almost surely a typo, reported as one. */
  static final int NESTING_MAX = 128;

  private int depth;
  private boolean nestingExceeded;
  private int lineNumber;
  private int openedLine;

  /** The next line without its comments, with {@code \;} turned into {@code ;}. */
  String strip(String line) {
    lineNumber++;
    if (depth == 0 && line.indexOf(';') < 0) {
      return line; // no comment and no escape (an escape is "\\;"): the line is kept as it is
    }
    StringBuilder kept = new StringBuilder(line.length());
    int length = line.length();
    for (int i = 0; i < length; i++) {
      char c = line.charAt(i);
      boolean escaped = c == '\\' && i + 1 < length && line.charAt(i + 1) == ';';
      if (depth > 0) {
        // config.c tests for an escape before anything else, inside a block comment too.
        if (escaped) {
          i++;
        } else if (line.startsWith("--;", i)) {
          depth--;
          i += 2;
        } else if (opensBlock(line, i)) {
          open();
          i += 2;
        }
        continue;
      }
      if (escaped) {
        kept.append(';');
        i++;
      } else if (opensBlock(line, i)) {
        open();
        i += 2;
      } else if (c == ';') {
        break;
      } else {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private static boolean opensBlock(String line, int index) {
    return line.startsWith(";--", index)
        && !(index + 3 < line.length() && line.charAt(index + 3) == '-');
  }

  private void open() {
    if (depth == 0) {
      openedLine = lineNumber;
    }
    if (depth < NESTING_MAX) {
      depth++;
    } else {
      nestingExceeded = true;
    }
  }

  boolean inBlockComment() {
    return depth > 0;
  }

  /** The 1-based line that opened the outermost block comment still open; meaningful only inside one. */
  int openedLine() {
    assert depth > 0 : "no block comment is open";
    return openedLine;
  }

  /** Whether a block comment nested deeper than {@link #NESTING_MAX}; reported once, at the end. */
  boolean nestingExceeded() {
    return nestingExceeded;
  }
}
