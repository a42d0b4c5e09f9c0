package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * Goal: a report is an immutable value whose label counts come sorted, with fractions over the
 * tries. Method: build reports directly.
 */
class PropertyReportTest {

  @Test
  void labelCounts_areSortedAndUnmodifiable() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("b", 1);
    counts.put("a", 3);

    PropertyReport report = new PropertyReport(4, 9, 0, counts);
    counts.put("c", 1);

    assertThat(report.labelCounts().keySet()).containsExactly("a", "b");
    assertThatThrownBy(() -> report.labelCounts().put("d", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void fraction_isCountOverTries() {
    PropertyReport report = new PropertyReport(4, 9, 0, Map.of("a", 3));

    assertThat(report.fraction("a")).isEqualTo(0.75);
    assertThat(report.fraction("missing")).isZero();
    assertThat(report.statistics()).contains("  a           3   75.0%\n");
  }
}
