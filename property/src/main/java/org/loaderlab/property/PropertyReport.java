package org.loaderlab.property;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What a passing check did.
 *
 * @param tries passing cases run (1 for a replay)
 * @param seed the root seed the cases were drawn from
 * @param discards cases thrown away (overrun, starved filter, failed assumption)
 * @param labelCounts for each classifier label, the number of cases that had it; sorted by label
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PropertyReport(int tries, long seed, int discards, Map<String, Integer> labelCounts) {

  public PropertyReport {
    if (tries < 0 || discards < 0) {
      throw new IllegalArgumentException(
          "tries and discards must be >= 0, were " + tries + " and " + discards);
    }
    labelCounts = Collections.unmodifiableMap(new TreeMap<>(labelCounts));
  }

  /** The share of cases that had {@code label}, in {@code [0, 1]}. */
  public double fraction(String label) {
    return LabelTable.share(labelCounts.getOrDefault(label, 0), tries);
  }

  /** The label table: one row per label with its count and share. */
  public String statistics() {
    return LabelTable.render(labelCounts, tries);
  }
}
