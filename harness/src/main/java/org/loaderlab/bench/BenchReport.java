package org.loaderlab.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Turns JMH results into the figures we report: per parameter set, each benchmark's median and
 * spread, and its ratio to the {@code baseline} measured in the same run.
 */
final class BenchReport {

  private static final String BASELINE = "baseline";

  /** One measured method under one parameter set. */
  record Row(String params, String method, double medianMs, double minMs, double maxMs, int samples) {}

  private BenchReport() {}

  static List<Row> rows(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      Statistics statistics = result.getPrimaryResult().getStatistics();
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      rows.add(new Row(params(result), method, statistics.getPercentile(50.0), statistics.getMin(),
          statistics.getMax(), (int) statistics.getN()));
    }
    rows.sort((a, b) -> a.params().equals(b.params())
        ? Boolean.compare(!a.method().equals(BASELINE), !b.method().equals(BASELINE))
        : a.params().compareTo(b.params()));
    return rows;
  }

  private static String params(RunResult result) {
    Map<String, String> params = new TreeMap<>();
    for (String key : result.getParams().getParamsKeys()) {
      params.put(key, result.getParams().getParam(key));
    }
    return params.toString();
  }

  static String render(List<Row> rows) {
    Map<String, Double> baselines = new TreeMap<>();
    rows.stream().filter(row -> row.method().equals(BASELINE)).forEach(row -> baselines.put(row.params(), row.medianMs()));
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %-12s %12s %21s %8s %10s%n",
        "params", "benchmark", "median ms", "min..max ms", "samples", "ratio"));
    for (Row row : rows) {
      Double baseline = baselines.get(row.params());
      String ratio = baseline == null || baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", row.medianMs() / baseline);
      text.append(String.format(Locale.ROOT, "%-24s %-12s %12.3f %10.3f..%-10.3f %8d %10s%n", row.params(),
          row.method(), row.medianMs(), row.minMs(), row.maxMs(), row.samples(), ratio));
    }
    text.append("ratio = median / the baseline's median under the same params, measured in the same run\n");
    return text.toString();
  }
}
