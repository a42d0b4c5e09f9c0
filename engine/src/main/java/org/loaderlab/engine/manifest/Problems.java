package org.loaderlab.engine.manifest;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * The diagnostics of one manifest, in the order found, with a cap: a file of thousands of bad
 * lines yields a short report ending in {@code too-many-errors}, not thousands of lines.
 */
final class Problems {

  private final List<Diagnostic> found;
  private final int countMax;
  private int errorCount;
  private int warningCount;
  private boolean full;

  /**
   * @param syntax what the config syntax layer already reported; not counted against
   *     {@code countMax}, which that layer applies on its own
   * @param countMax errors, and separately warnings, recorded before the rest are cut
   */
  Problems(List<Diagnostic> syntax, int countMax) {
    assert countMax > 0 : countMax;
    this.found = new ArrayList<>(syntax);
    this.countMax = countMax;
  }

  void error(SourceLocation location, String code, String message) {
    if (full) {
      return;
    }
    found.add(Diagnostic.error(location, code, message));
    errorCount++;
    if (errorCount >= countMax) {
      full = true;
      found.add(Diagnostic.error(location, "too-many-errors",
          "too many errors, the rest of the file was not read"));
    }
  }

  /**
   * Past the cap, warnings are dropped but reading goes on: a flood of harmless repeats must
   * neither hide a later error nor turn the manifest into a rejected one.
   */
  void warning(SourceLocation location, String code, String message) {
    if (full || warningCount > countMax) {
      return;
    }
    warningCount++;
    if (warningCount > countMax) {
      found.add(Diagnostic.warning(location, "too-many-warnings",
          "too many warnings, the rest are not shown"));
      return;
    }
    found.add(Diagnostic.warning(location, code, message));
  }

  /** Whether the error cap was reached: readers stop there, as the last message says. */
  boolean full() {
    return full;
  }

  List<Diagnostic> all() {
    return List.copyOf(found);
  }
}
