package org.loaderlab.engine.generate;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a character stream into lines without ever holding more than {@code lineCharsMax}
 * characters of one: the rest of a longer line is read and thrown away, and reported once per
 * source (a file that is one enormous line gets one warning, not millions).
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped. A lone {@code \r} is kept as
 * a character, which the lexer treats as white space.
 */
final class LineSplitter {

  /** How the lines go out: one call per line, with its 1-based number. */
  interface LineSink {
    void line(String text, int lineNumber);
  }

  private static final int READ_CHARS = 16 * 1024;

  private final int lineCharsMax;
  private final Findings findings;
  private boolean reportedCut;

  LineSplitter(int lineCharsMax, Findings findings) {
    assert lineCharsMax > 0 : "lineCharsMax must be positive";
    this.lineCharsMax = lineCharsMax;
    this.findings = findings;
  }

  /** Reads {@code reader} to its end; returns the number of lines. */
  int split(Reader reader, LineSink sink) throws IOException {
    char[] chunk = new char[READ_CHARS];
    StringBuilder line = new StringBuilder();
    int lineNumber = 1;
    boolean cut = false;
    boolean open = false;
    for (int count = reader.read(chunk); count >= 0; count = reader.read(chunk)) {
      for (int i = 0; i < count; i++) {
        char c = chunk[i];
        if (c == '\n') {
          emit(sink, line, lineNumber, cut);
          line.setLength(0);
          cut = false;
          open = false;
          lineNumber++;
        } else if (line.length() < lineCharsMax) {
          line.append(c);
          open = true;
        } else {
          cut = true;
        }
      }
    }
    if (!open && !cut) {
      return lineNumber - 1;
    }
    emit(sink, line, lineNumber, cut);
    return lineNumber;
  }

  private void emit(LineSink sink, StringBuilder line, int lineNumber, boolean cut) {
    sink.line(withoutCarriageReturn(line), lineNumber);
    if (cut && !reportedCut) {
      findings.warning(lineNumber, "line-too-long",
          "line is longer than " + lineCharsMax + " characters; the rest of it is skipped");
      reportedCut = true;
    }
  }

  private static String withoutCarriageReturn(StringBuilder line) {
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      length--;
    }
    return line.substring(0, length);
  }
}
