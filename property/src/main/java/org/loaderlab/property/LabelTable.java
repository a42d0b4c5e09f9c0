package org.loaderlab.property;

import java.util.Locale;
import java.util.Map;

/** The statistics table: each label, how many cases had it, and their share of all cases. */
final class LabelTable {

  /** Wider labels are not padded further, so one long label cannot stretch every row. */
  private static final int LABEL_WIDTH_MAX = 40;

  private LabelTable() {}

  /** Rows in the map's order (callers pass sorted maps), each line indented by two spaces. */
  static String render(Map<String, Integer> labelCounts, int caseCount) {
    int width = "label".length();
    for (String label : labelCounts.keySet()) {
      width = Math.max(width, Math.min(LABEL_WIDTH_MAX, label.length()));
    }
    String row = "  %-" + width + "s %7s %7s\n";
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, row, "label", "cases", "share"));
    for (Map.Entry<String, Integer> entry : labelCounts.entrySet()) {
      table.append(
          String.format(
              Locale.ROOT,
              row,
              entry.getKey(),
              entry.getValue(),
              percent(share(entry.getValue(), caseCount))));
    }
    return table.toString();
  }

  static double share(int count, int caseCount) {
    return caseCount == 0 ? 0.0 : (double) count / caseCount;
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
