package org.loaderlab.sim;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every task name of a run by id, unique over the run: a recorded schedule names tasks, and a
 * replay must find the same name at the same place. A name given twice gets {@code #2},
 * {@code #3}, ...; since given names may not contain {@code #}, those never meet a given name,
 * and engine tasks ({@code engine#<id>}) own the base name {@code engine}.
 */
final class TaskNames {

  /** Long names make unreadable schedules; a name is a label, not a description. */
  static final int NAME_CHARS_MAX = 200;

  private static final int INITIAL_CAPACITY = 64;
  private static final String ENGINE_BASE = "engine";

  /** Null for an engine task: its name is made from its id only when asked for. */
  private String[] namesById = new String[INITIAL_CAPACITY];
  private int count;
  private final Map<String, Integer> useCounts = new TreeMap<>();

  /** Registers the next task, an engine task; returns its id. */
  int addEngine() {
    return append(null);
  }

  /** Registers the next task under {@code base}, made unique; returns its id. */
  int add(String base) {
    check(base);
    int uses = useCounts.merge(base, 1, Integer::sum);
    return append(uses == 1 ? base : base + "#" + uses);
  }

  /** The unique name of task {@code id}, which must be registered. */
  String name(int id) {
    if (id < 0 || id >= count) {
      throw new IllegalArgumentException("no task has id " + id + " (" + count + " tasks so far)");
    }
    String name = namesById[id];
    return name == null ? TaskHandle.engineName(id) : name;
  }

  /** The name given at {@link #add}, made unique; null for an engine task. */
  String givenName(int id) {
    return namesById[id];
  }

  int count() {
    return count;
  }

  /** A copy of the names by id, null for engine tasks: what a recorded schedule keeps. */
  String[] snapshot() {
    return Arrays.copyOf(namesById, count);
  }

  private int append(String name) {
    if (count == namesById.length) {
      namesById = Arrays.copyOf(namesById, namesById.length * 2);
    }
    namesById[count] = name;
    return count++;
  }

  private static void check(String base) {
    if (base == null || base.isEmpty()) {
      throw new IllegalArgumentException("a task name must not be empty");
    }
    if (base.length() > NAME_CHARS_MAX) {
      throw new IllegalArgumentException("task name '" + base.substring(0, 40) + "...' is longer than "
          + NAME_CHARS_MAX + " characters (NAME_CHARS_MAX)");
    }
    if (base.equals(ENGINE_BASE)) {
      throw new IllegalArgumentException("task name 'engine' is reserved for the engine's tasks");
    }
    for (int index = 0; index < base.length(); index++) {
      char c = base.charAt(index);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || "#[],".indexOf(c) >= 0) {
        throw new IllegalArgumentException("task name '" + base + "' contains '" + c
            + "': names have no whitespace, '#', '[', ']' or ','");
      }
    }
  }
}
