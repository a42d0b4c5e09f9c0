package org.loaderlab.oracle;

import java.util.List;

/**
 * One walk of a trace through a {@link Ledger}, shared by the oracles that judge from it: each
 * reads the state it needs as the walk passes, so a trace is replayed once however many oracles
 * read it, and its operation windows are split once. The parts only read the ledger; the walk
 * alone applies entries.
 */
final class LedgerWalk {

  /** One oracle's reading of a walk. */
  interface Part {

    /**
     * Called for every count from 0 to the trace's size, in order, the ledger holding the first
     * {@code appliedCount} entries (entry {@code appliedCount}, if any, is next).
     */
    void at(int appliedCount, Ledger ledger);

    /** What it found, sorted by {@link Violation#ORDER}; asked once, after the walk. */
    List<Violation> found();
  }

  /** An oracle that judges from a walk, and so can share one with others ({@link Oracles}). */
  interface Walking extends Oracle {

    /** A fresh reading of a walk of {@code trace}, whose operation windows are {@code windows}. */
    Part part(Trace trace, List<OperationWindows.Window> windows);
  }

  private LedgerWalk() {}

  /** {@code oracle}'s verdict on {@code trace}, from a walk of its own. */
  static List<Violation> judge(Walking oracle, Trace trace) {
    Part part = oracle.part(trace, OperationWindows.of(trace));
    walk(trace, List.of(part));
    return part.found();
  }

  /** Walks {@code trace} once, every part reading every count. */
  static void walk(Trace trace, List<Part> parts) {
    Ledger ledger = new Ledger();
    List<Trace.Entry> entries = trace.entries();
    for (int count = 0; count <= entries.size(); count++) {
      for (Part part : parts) {
        part.at(count, ledger);
      }
      if (count < entries.size()) {
        ledger.apply(entries.get(count));
      }
    }
  }
}
