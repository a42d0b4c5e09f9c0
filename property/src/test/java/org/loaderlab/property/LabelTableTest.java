package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/*
 * Goal: the statistics table is exact and stable: rows in label order, counts right-aligned,
 * shares with one decimal in Locale.ROOT. Method: render small maps and compare whole strings.
 */
class LabelTableTest {

  @Test
  void render_rowsInMapOrder_withCountsAndShares() {
    TreeMap<String, Integer> counts = new TreeMap<>();
    counts.put("small", 3);
    counts.put("empty", 1);

    assertThat(LabelTable.render(counts, 8))
        .isEqualTo(
            "  label   cases   share\n"
                + "  empty       1   12.5%\n"
                + "  small       3   37.5%\n");
  }

  @Test
  void render_noCases_showsZeroShares() {
    TreeMap<String, Integer> counts = new TreeMap<>();
    counts.put("x", 0);

    assertThat(LabelTable.render(counts, 0)).endsWith("  x           0    0.0%\n");
  }
}
