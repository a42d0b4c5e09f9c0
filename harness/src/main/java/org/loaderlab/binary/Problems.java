package org.loaderlab.binary;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * The diagnostics of one binary, capped at {@code diagnosticsMax} so a file of garbage yields a
 * short report; the cap itself is reported once, as the config parser does.
 */
final class Problems {

  private final List<Diagnostic> all;
  private final int diagnosticsMax;
  private boolean full;

  Problems(List<Diagnostic> syntax, int diagnosticsMax) {
    this.all = new ArrayList<>(syntax);
    this.diagnosticsMax = diagnosticsMax;
  }

  void error(SourceLocation location, String code, String message) {
    if (full) {
      return;
    }
    if (all.size() >= diagnosticsMax) {
      all.add(Diagnostic.error(location, "too-many-errors", "too many errors, the rest of the file was not read"));
      full = true;
      return;
    }
    all.add(Diagnostic.error(location, code, message));
  }

  boolean full() {
    return full;
  }

  /** Every problem, sorted by line: syntax and meaning interleave as the file reads. */
  List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(null);
    return sorted;
  }
}
