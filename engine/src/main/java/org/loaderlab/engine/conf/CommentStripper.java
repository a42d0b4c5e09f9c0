package org.loaderlab.engine.conf;

/**
 * Removes comments from one line at a time, as Asterisk's config.c does: {@code ;} starts a line
 * comment, {@code ;--} opens a block comment that {@code --;} closes (they nest, and span lines),
 * and {@code \;} is a literal semicolon. Holds the block-comment depth between lines.
 */
final class CommentStripper {

  /** Asterisk's MAX_NESTED_COMMENTS; deeper nesting is almost surely a typo, reported as one. */
  static final int NESTING_MAX = 128;

  private int depth;
  private boolean nestingExceeded;

  /** The line without its comments, with {@code \;} turned into {@code ;}. */
  String strip(String line) {
    StringBuilder kept = new StringBuilder(line.length());
    int length = line.length();
    for (int i = 0; i < length; i++) {
      char c = line.charAt(i);
      if (depth > 0) {
        if (line.startsWith("--;", i)) {
          depth--;
          i += 2;
        } else if (line.startsWith(";--", i)) {
          open();
          i += 2;
        }
        continue;
      }
      if (c == '\\' && i + 1 < length && line.charAt(i + 1) == ';') {
        kept.append(';');
        i++;
      } else if (line.startsWith(";--", i)) {
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

  private void open() {
    if (depth < NESTING_MAX) {
      depth++;
    } else {
      nestingExceeded = true;
    }
  }

  boolean inBlockComment() {
    return depth > 0;
  }

  /** Whether a block comment nested deeper than {@link #NESTING_MAX}; reported once, at the end. */
  boolean nestingExceeded() {
    return nestingExceeded;
  }
}
