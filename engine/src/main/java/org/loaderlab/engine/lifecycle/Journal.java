package org.loaderlab.engine.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * The decision journal, bounded: the latest reason each module is not running (refused, failed,
 * stopped), and the last {@link #OPERATIONS_MAX} operations with their decisions. Plain text,
 * in the order decided. Guarded by the engine lock.
 */
final class Journal {

  /** Operations kept; older ones are forgotten, their latest per-module decisions are not. */
  static final int OPERATIONS_MAX = 64;

  /** Decisions kept per operation; a startup of thousands of modules keeps its first ones. */
  static final int DECISIONS_PER_OPERATION_MAX = 200;

  private static final class Entry {
    final String title;
    final List<String> decisions = new ArrayList<>();
    int dropped;

    Entry(String title) {
      this.title = title;
    }
  }

  /**
   * Looked up by module only, never iterated. Each text is built when read: a shutdown stops
   * every module, and {@code why-not} asks about a few.
   */
  private final Map<ModuleName, Supplier<String>> lastNotRunning = new HashMap<>();
  private final ArrayDeque<Entry> operations = new ArrayDeque<>();
  private long operationCount;
  private Entry current;

  void beginOperation(String title) {
    operationCount++;
    current = new Entry("#" + operationCount + " " + title);
    if (operations.size() >= OPERATIONS_MAX) {
      operations.removeFirst();
    }
    operations.addLast(current);
  }

  void endOperation() {
    current = null;
  }

  /** Whether {@link #note} would keep one more decision: callers skip building text that would be dropped. */
  boolean accepting() {
    return current == null || current.decisions.size() < DECISIONS_PER_OPERATION_MAX;
  }

  /** A start, a close, a note: logged with the operation. */
  void note(String decision) {
    Entry entry = entry();
    if (entry.decisions.size() < DECISIONS_PER_OPERATION_MAX) {
      entry.decisions.add(decision);
    } else {
      entry.dropped++;
    }
  }

  /** As {@link #note(String)}, the text built only if it is kept. */
  private void note(Supplier<String> decision) {
    Entry entry = entry();
    if (entry.decisions.size() < DECISIONS_PER_OPERATION_MAX) {
      entry.decisions.add(decision.get());
    } else {
      entry.dropped++;
    }
  }

  /** The running operation's entry, or a new one for a decision outside any operation. */
  private Entry entry() {
    Entry entry = current;
    if (entry == null) {
      entry = new Entry("(outside any operation)");
      if (operations.size() >= OPERATIONS_MAX) {
        operations.removeFirst();
      }
      operations.addLast(entry);
    }
    return entry;
  }

  /** A refusal, failure or stop of {@code module}: what {@code module why-not} shows. */
  void notRunning(ModuleName module, String decision) {
    notRunning(module, () -> decision);
  }

  /** As {@link #notRunning(ModuleName, String)}; {@code decision} must give the same text whenever asked. */
  void notRunning(ModuleName module, Supplier<String> decision) {
    lastNotRunning.put(module, decision);
    note(decision);
  }

  Optional<String> lastNotRunning(ModuleName module) {
    Supplier<String> decision = lastNotRunning.get(module);
    return decision == null ? Optional.empty() : Optional.of(decision.get());
  }

  List<String> recent() {
    List<String> lines = new ArrayList<>();
    for (Entry entry : operations) {
      StringBuilder text = new StringBuilder(entry.title);
      entry.decisions.forEach(decision -> text.append("\n  ").append(decision));
      if (entry.dropped > 0) {
        text.append("\n  ... and ").append(entry.dropped).append(" more decisions");
      }
      lines.add(text.toString());
    }
    return List.copyOf(lines);
  }
}
