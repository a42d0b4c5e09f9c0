package org.loaderlab.engine.conf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Reads a file as UTF-8 lines within {@link ConfLimits}: the size is checked before a byte is
 * read, binary data is refused, and a line that is not valid UTF-8 or too long is reported and
 * blanked (so line numbers stay right) rather than guessed at.
 */
final class TextFile {

  private static final String BINARY_DATA = "binary-data";

  private TextFile() {}

  static Parsed<List<String>> read(Path path, ConfLimits limits) {
    String file = path.toString();
    byte[] bytes;
    // One open for size and bytes: a catalog scan reads 100,000 small files, and a separate stat
    // per file was a fifth of it.
    try (SeekableByteChannel channel = Files.newByteChannel(path)) {
      long size = channel.size();
      if (size > limits.fileBytesMax()) {
        return refuse(file, "file-too-large",
            "file is " + size + " bytes, the limit is " + limits.fileBytesMax() + " bytes");
      }
      bytes = readFully(channel, (int) size);
    } catch (NoSuchFileException e) {
      return refuse(file, "file-not-found", "file not found");
    } catch (IOException e) {
      return refuse(file, "file-unreadable", "cannot read file: " + e.getMessage());
    }
    return split(file, bytes, limits);
  }

  /** The file's bytes up to {@code size}: a file that shrank meanwhile gives what it still has. */
  private static byte[] readFully(SeekableByteChannel channel, int size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(size);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        break;
      }
    }
    return buffer.position() == size ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
  }

  static Parsed<List<String>> split(String file, byte[] bytes, ConfLimits limits) {
    // Checked again here for text that never was a file (ConfParser.parseText).
    if (bytes.length > limits.fileBytesMax()) {
      return refuse(file, "file-too-large",
          "file is " + bytes.length + " bytes, the limit is " + limits.fileBytesMax() + " bytes");
    }
    List<String> lines = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // A UTF-8 byte order mark, as some Windows editors write, is not part of the first line.
    int start = startsWithByteOrderMark(bytes) ? 3 : 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int lineNumber = lines.size() + 1;
      int length = end - start;
      if (length > 0 && bytes[end - 1] == '\r') {
        length--;
      }
      lines.add(decodeLine(file, lineNumber, bytes, start, length, decoder, limits, problems));
      if (!problems.isEmpty() && problems.get(problems.size() - 1).code().equals(BINARY_DATA)) {
        return Parsed.failed(problems); // one NUL says it all: a binary file is not read line by line
      }
      if (problems.size() >= limits.diagnosticsMax()) {
        return giveUp(file, lineNumber, problems);
      }
      start = end + 1;
    }
    return Parsed.of(lines, problems);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  private static String decodeLine(String file, int lineNumber, byte[] bytes, int offset, int length,
      CharsetDecoder decoder, ConfLimits limits, List<Diagnostic> problems) {
    SourceLocation location = new SourceLocation(file, lineNumber);
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == 0) {
        problems.add(Diagnostic.error(location, BINARY_DATA, "NUL byte: this is not a text file"));
        return "";
      }
    }
    if (length > limits.lineCharsMax()) {
      problems.add(Diagnostic.error(location, "line-too-long",
          "line is " + length + " bytes long, the limit is " + limits.lineCharsMax()));
      return "";
    }
    if (isAscii(bytes, offset, length)) {
      // Nearly every line of a manifest or config is ASCII, which is valid UTF-8 as it stands: one
      // copy into a compact string, where the decoder would allocate a buffer per line and copy twice.
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      problems.add(Diagnostic.error(location, "invalid-utf8", "line is not valid UTF-8"));
      return "";
    }
  }

  private static boolean isAscii(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static Parsed<List<String>> giveUp(String file, int lineNumber, List<Diagnostic> problems) {
    problems.add(Diagnostic.error(new SourceLocation(file, lineNumber), "too-many-errors",
        "too many errors, the rest of the file was not read"));
    return Parsed.failed(problems);
  }

  private static Parsed<List<String>> refuse(String file, String code, String message) {
    return Parsed.failed(List.of(Diagnostic.error(SourceLocation.wholeFile(file), code, message)));
  }
}
