package org.loaderlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal: the report says what a reader needs to judge a scaling claim: each median's ratio to the
 * baseline of the same run, and how time and allocated bytes grow from one count to the next.
 * Method: rows made by hand, rendered, read back line by line.
 */
class BenchReportTest {

  private static BenchReport.Row row(String method, long count, double medianMs, double allocatedMb) {
    return new BenchReport.Row("{count=" + count + "}", method, medianMs, medianMs, medianMs, 10, "{}", count, 100.0,
        allocatedMb);
  }

  @Test
  void render_ratioToTheBaseline_andGrowthOfTimeAndAllocation() {
    String text = BenchReport.render(List.of(
        row("baseline", 1000, 10.0, 8.0), row("startupShutdown", 1000, 40.0, 20.0),
        row("baseline", 10000, 100.0, 80.0), row("startupShutdown", 10000, 560.0, 190.0)));
    List<String> lines = text.lines().toList();
    assertThat(lines.get(2)).contains("4.00x").endsWith("20.0            -");
    assertThat(lines.get(4)).contains("5.60x", "14.0x/10x").endsWith("190.0     9.5x/10x");
  }

  @Test
  void render_unmeasuredAllocation_isADash() {
    String text = BenchReport.render(List.of(row("baseline", 1000, 10.0, Double.NaN),
        row("baseline", 10000, 100.0, Double.NaN)));
    assertThat(text.lines().toList().get(2)).endsWith("10.0x/10x           -            -");
  }
}
