package org.loaderlab.engine.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * The problems a bad-input fixture declares about itself, in comment lines of the form
 * {@code ; expect: LINE: SEVERITY: MESSAGE [CODE]} ({@code LINE} is {@code file} for problems
 * with the whole file), so QA can add a broken file without touching Java.
 */
public final class ExpectedDiagnostics {

  private static final String MARKER = "; expect: ";

  private ExpectedDiagnostics() {}

  /**
   * The declared problems of {@code file}, in the order written. The file is decoded leniently:
   * a fixture may hold invalid UTF-8 or NUL bytes on purpose, on lines other than its expectations.
   */
  public static List<String> declaredIn(Path file) throws IOException {
    List<String> expected = new ArrayList<>();
    for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1)) {
      int at = line.indexOf(MARKER);
      if (at >= 0) {
        expected.add(line.substring(at + MARKER.length()).strip());
      }
    }
    return expected;
  }

  /**
   * {@code d} as an expectation line: its location without the file, then severity, message and
   * code. A message that points at another line ("banned by neverload at F:7") names files of
   * the same folder by their plain name, so expectations do not depend on where the fixtures lie.
   */
  public static String render(Diagnostic d) {
    String line = d.location().line() == 0 ? "file" : Integer.toString(d.location().line());
    Path folder = Path.of(d.location().file()).getParent();
    String message = folder == null ? d.message() : d.message().replace(folder + "/", "");
    return line + ": " + d.severity().label() + ": " + message + " [" + d.code() + "]";
  }

  /** The file name a diagnostic points at. */
  public static String fileName(Diagnostic d) {
    return Path.of(d.location().file()).getFileName().toString();
  }

  /** The fixtures folder of the repository, as Surefire passes it. */
  public static Path fixtures() {
    String folder = System.getProperty("loaderlab.fixtures");
    if (folder == null) {
      throw new IllegalStateException("system property loaderlab.fixtures is not set; run the tests through Maven");
    }
    return Path.of(folder);
  }

  public static List<Path> filesOf(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
