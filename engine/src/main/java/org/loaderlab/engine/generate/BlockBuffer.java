package org.loaderlab.engine.generate;

/**
 * The text of one open comment block, kept up to {@code blockCharsMax} characters; past that it
 * only remembers that it overflowed, so a huge block costs a bounded buffer and one warning.
 */
final class BlockBuffer {

  private final BlockKind kind;
  private final int firstLine;
  private final int blockCharsMax;
  private final StringBuilder text = new StringBuilder();
  private boolean overflowed;
  /** The last two characters appended, kept even past the limit: how the block was closed. */
  private char beforeLast;
  private char last;

  BlockBuffer(BlockKind kind, int firstLine, int blockCharsMax) {
    assert blockCharsMax > 0 : "blockCharsMax must be positive";
    this.kind = kind;
    this.firstLine = firstLine;
    this.blockCharsMax = blockCharsMax;
  }

  BlockKind kind() {
    return kind;
  }

  int firstLine() {
    return firstLine;
  }

  boolean overflowed() {
    return overflowed;
  }

  void append(String chunk) {
    for (int i = Math.max(chunk.length() - 2, 0); i < chunk.length(); i++) {
      beforeLast = last;
      last = chunk.charAt(i);
    }
    if (overflowed) {
      return;
    }
    if (text.length() + chunk.length() > blockCharsMax) {
      overflowed = true;
      text.setLength(0);
      text.trimToSize();
      return;
    }
    text.append(chunk);
  }

  /**
   * Whether the block was closed the Asterisk way, {@code ***}{@code /}: its text ends in two
   * asterisks. Asterisk's build tools look for that marker, so a block closed by a plain
   * {@code *}{@code /} is one they read past.
   */
  boolean closedWithStars() {
    return beforeLast == '*' && last == '*';
  }

  /**
   * The block's XML: its text without the asterisks of the closing {@code ***}{@code /} and
   * without trailing white space.
   */
  String xml() {
    assert !overflowed : "an overflowed block has no text";
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '*' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }
}
