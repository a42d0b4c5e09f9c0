package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects a violation's causal chain: trace entries, each once, in trace order, then the facts
 * it was judged by. Bounded: a chain past {@link #LINES_MAX} keeps its first and last entries
 * around a "... n more" line, since a leak of a thousand holders is read by its ends.
 */
final class Chain {

  /** Enough for any chain a person reads in a report; the rest are counted, not printed. */
  static final int LINES_MAX = 16;

  private final SortedMap<Integer, Trace.Entry> entries = new TreeMap<>();
  private final List<String> facts = new ArrayList<>();

  /** Adds {@code entry}; {@code null} (nothing happened) is skipped, so callers can pass lookups. */
  Chain entry(Trace.Entry entry) {
    if (entry != null) {
      entries.put(entry.index(), entry);
    }
    return this;
  }

  Chain entries(Collection<? extends Trace.Entry> more) {
    more.forEach(this::entry);
    return this;
  }

  /** A fact the violation was judged by, printed after the entries as {@code fact: <line>}. */
  Chain fact(String line) {
    facts.add("fact: " + line);
    return this;
  }

  List<String> lines() {
    List<String> rendered = new ArrayList<>();
    for (Trace.Entry entry : entries.values()) {
      rendered.add(entry.render());
    }
    int room = Math.max(2, LINES_MAX - facts.size());
    if (rendered.size() > room) {
      int head = (room - 1) / 2;
      int tail = room - 1 - head;
      List<String> cut = new ArrayList<>(rendered.subList(0, head));
      cut.add("... " + (rendered.size() - head - tail) + " more");
      cut.addAll(rendered.subList(rendered.size() - tail, rendered.size()));
      rendered = cut;
    }
    rendered.addAll(facts);
    return List.copyOf(rendered);
  }
}
