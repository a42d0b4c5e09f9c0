package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * The problems found in one source, at most {@code diagnosticsMax} of them; the rest are only
 * counted, so a file of garbage yields a short report. An error among the uncounted ones still
 * makes the summary an error, so a cap can never turn a refused source into an accepted one.
 */
final class Findings {

  private final String file;
  private final int diagnosticsMax;
  private final List<Diagnostic> kept = new ArrayList<>();
  private int droppedCount;
  private boolean droppedError;

  Findings(String file, int diagnosticsMax) {
    assert diagnosticsMax > 0 : "diagnosticsMax must be positive";
    this.file = file;
    this.diagnosticsMax = diagnosticsMax;
  }

  String file() {
    return file;
  }

  SourceLocation at(int line) {
    return new SourceLocation(file, Math.max(line, 0));
  }

  void warning(int line, String code, String message) {
    add(Diagnostic.warning(at(line), code, message));
  }

  void error(int line, String code, String message) {
    add(Diagnostic.error(at(line), code, message));
  }

  void add(Diagnostic diagnostic) {
    if (kept.size() < diagnosticsMax) {
      kept.add(diagnostic);
      return;
    }
    droppedCount++;
    droppedError |= diagnostic.isError();
  }

  /** Everything reported, in line order (stable, so one line keeps its finding order). */
  List<Diagnostic> list() {
    List<Diagnostic> all = new ArrayList<>(kept);
    all.sort(Comparator.comparing(Diagnostic::location));
    if (droppedCount > 0) {
      String message = droppedCount + " more problems are not listed (the limit is " + diagnosticsMax + ")";
      SourceLocation where = SourceLocation.wholeFile(file);
      all.add(droppedError ? Diagnostic.error(where, "too-many-problems", message)
          : Diagnostic.warning(where, "too-many-problems", message));
    }
    return all;
  }
}
