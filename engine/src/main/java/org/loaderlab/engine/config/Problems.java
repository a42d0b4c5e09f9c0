package org.loaderlab.engine.config;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * The diagnostics of one parse, capped: past {@code diagnosticsMax} of its own, a file of garbage
 * gets one closing {@code too-many-errors} instead of a report as long as the file.
 */
final class Problems {

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final int diagnosticsMax;
  private int ownCount;

  /** Starts from the syntax parser's {@code syntax} problems, which are never dropped. */
  Problems(List<Diagnostic> syntax, int diagnosticsMax) {
    if (diagnosticsMax <= 0) {
      throw new IllegalArgumentException("diagnosticsMax must be > 0, was " + diagnosticsMax);
    }
    this.diagnostics.addAll(syntax);
    this.diagnosticsMax = diagnosticsMax;
  }

  void add(Diagnostic diagnostic) {
    ownCount++;
    if (ownCount <= diagnosticsMax) {
      diagnostics.add(diagnostic);
    } else if (ownCount == diagnosticsMax + 1) {
      diagnostics.add(Diagnostic.error(diagnostic.location(), "too-many-errors",
          "too many problems, the rest are not reported"));
    }
  }

  /** {@code text} cut for a message, so one hostile 8 KiB line does not flood a report. */
  static String shown(String text) {
    int shownMax = 60;
    return text.length() <= shownMax ? text : text.substring(0, shownMax) + "...";
  }

  List<Diagnostic> list() {
    return List.copyOf(diagnostics);
  }
}
