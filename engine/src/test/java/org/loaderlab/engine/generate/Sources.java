package org.loaderlab.engine.generate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.loaderlab.engine.diagnostic.Parsed;

/** Test helpers: scanning text, lexing text into tokens, and a generated stream of any size. */
final class Sources {

  private Sources() {}

  static Parsed<SourceFacts> scan(String file, String text) {
    return scan(GeneratorLimits.DEFAULTS, file, text);
  }

  static Parsed<SourceFacts> scan(GeneratorLimits limits, String file, String text) {
    return new SourceScanner(limits).scan(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The code tokens of {@code text} (directive tokens and blocks left out). */
  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    SourceLexer lexer = new SourceLexer(new Recorder() {
      @Override
      public void token(Token token) {
        tokens.add(token);
      }
    }, 1024);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lexer.line(lines[i], i + 1);
    }
    lexer.finish();
    return tokens;
  }

  /** A listener that ignores everything; tests override what they watch. */
  static class Recorder implements SourceLexer.Listener {
    @Override
    public void token(Token token) {}

    @Override
    public void directiveToken(Token token) {}

    @Override
    public void directiveEnd() {}

    @Override
    public void blockStart(BlockKind kind, int line) {}

    @Override
    public void blockText(String text) {}

    @Override
    public void blockEnd(int line) {}
  }

  /**
   * {@code head}, then {@code filler} repeated whole until about {@code fillerBytes}, then
   * {@code tail}: made on the fly, so a 50 MB source costs no 50 MB of memory in the test.
   */
  static InputStream generated(String head, String filler, long fillerBytes, String tail) {
    byte[] first = head.getBytes(StandardCharsets.UTF_8);
    byte[] middle = filler.getBytes(StandardCharsets.UTF_8);
    byte[] last = tail.getBytes(StandardCharsets.UTF_8);
    long middleBytes = fillerBytes - fillerBytes % middle.length;
    long total = first.length + middleBytes + last.length;
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (position >= total) {
          return -1;
        }
        int count = 0;
        for (; count < length && position < total; count++, position++) {
          buffer[offset + count] = byteAt(position);
        }
        return count;
      }

      private byte byteAt(long at) {
        if (at < first.length) {
          return first[(int) at];
        }
        long inMiddle = at - first.length;
        if (inMiddle < middleBytes) {
          return middle[(int) (inMiddle % middle.length)];
        }
        return last[(int) (inMiddle - middleBytes)];
      }
    };
  }
}
