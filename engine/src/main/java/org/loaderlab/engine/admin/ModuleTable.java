package org.loaderlab.engine.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.loaderlab.engine.lifecycle.ModuleStatus;

/**
 * {@code module show [like P]} as Asterisk prints it: its column formats, its header, its
 * case-insensitive substring match on the module name, and its closing "N modules loaded"
 * (which counts the rows shown, whatever their status, as Asterisk's does). Names are printed
 * without {@code .so}: a module is its name here, and built-in modules have no binary at all.
 */
final class ModuleTable {

  /** Asterisk's {@code MODLIST_FORMAT}: the description is cut at 40 characters. */
  private static final String ROW = "%-30s %-40.40s %-10d %-11s %13s";

  /** Asterisk's {@code MODLIST_FORMAT2}, for the header. */
  private static final String HEADER = "%-30s %-40.40s %-10s %-11s %13s";

  private ModuleTable() {}

  /** The table of the modules whose name contains {@code like} (ignoring case); all for "". */
  static List<String> render(List<ModuleStatus> modules, String like) {
    String needle = like.toLowerCase(Locale.ROOT);
    List<ModuleStatus> sorted = new ArrayList<>(modules);
    // The loader promises name order; sorting again costs little and keeps the table stable anyway.
    sorted.sort(Comparator.comparing(ModuleStatus::name));
    List<String> lines = new ArrayList<>(sorted.size() + 2);
    lines.add(String.format(Locale.ROOT, HEADER, "Module", "Description", "Use Count", "Status", "Support Level"));
    int shownCount = 0;
    for (ModuleStatus module : sorted) {
      if (module.name().canonical().contains(needle)) {
        lines.add(row(module));
        shownCount++;
      }
    }
    lines.add(shownCount + " modules loaded");
    return lines;
  }

  private static String row(ModuleStatus module) {
    String description = OneLine.of(module.description().orElse(""));
    return String.format(Locale.ROOT, ROW, module.name(), description, module.useCount(),
        status(module.state()), module.supportLevel().configName());
  }

  /** Asterisk says "Running" and "Not Running"; the engine's other states are spelled alike. */
  static String status(ModuleStatus.State state) {
    switch (state) {
      case NOT_RUNNING:
        return "Not Running";
      case STARTING:
        return "Starting";
      case RUNNING:
        return "Running";
      case STOPPING:
        return "Stopping";
      case FAILED:
        return "Failed";
      default:
        throw new IllegalStateException("unknown state " + state);
    }
  }
}
