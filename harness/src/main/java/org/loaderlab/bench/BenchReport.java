package org.loaderlab.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Turns JMH results into the figures we report: per parameter set, each benchmark's median and
 * spread, its ratio to the {@code baseline} measured in the same run, its peak heap, and, when
 * the suite has a {@code count} parameter, its growth from the next smaller count.
 */
final class BenchReport {

  private static final String BASELINE = "baseline";
  private static final String COUNT = "count";
  /** JMH's GC profiler: bytes allocated per invocation. */
  static final String ALLOCATED = "gc.alloc.rate.norm";
  private static final double BYTES_PER_MB = 1024.0 * 1024.0;

  /**
   * One measured method under one parameter set.
   *
   * @param others the parameters other than {@code count}, which rows must share to be compared
   *     across counts
   * @param count the {@code count} parameter, or -1 when the suite has none
   * @param peakHeapMb the median of the invocations' peak heap, NaN when not measured
   * @param allocatedMb the median of what one invocation allocated (JMH's {@code gc.alloc.rate.norm}),
   *     NaN when not measured: the work done, which, unlike time, no cache or collector bends
   */
  record Row(String params, String method, double medianMs, double minMs, double maxMs, int samples,
      String others, long count, double peakHeapMb, double allocatedMb) {}

  private BenchReport() {}

  static List<Row> rows(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      Statistics statistics = result.getPrimaryResult().getStatistics();
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Map<String, String> params = params(result);
      String countText = params.remove(COUNT);
      long count = countText == null ? -1 : Long.parseLong(countText);
      Result<?> heap = result.getSecondaryResults().get(LifecycleHeapProfiler.LABEL);
      double peakHeapMb = heap == null ? Double.NaN : heap.getStatistics().getPercentile(50.0);
      Result<?> allocated = result.getSecondaryResults().get(ALLOCATED);
      double allocatedMb = allocated == null ? Double.NaN : allocated.getStatistics().getPercentile(50.0) / BYTES_PER_MB;
      rows.add(new Row(params(result).toString(), method, statistics.getPercentile(50.0), statistics.getMin(),
          statistics.getMax(), (int) statistics.getN(), params.toString(), count, peakHeapMb, allocatedMb));
    }
    // By the other parameters, then by count as a number (not as text: 1000 < 10000 < 100000),
    // then the baseline first.
    rows.sort(Comparator.comparing(Row::others).thenComparingLong(Row::count).thenComparing(Row::params)
        .thenComparing(row -> !row.method().equals(BASELINE)).thenComparing(Row::method));
    return rows;
  }

  private static Map<String, String> params(RunResult result) {
    Map<String, String> params = new TreeMap<>();
    for (String key : result.getParams().getParamsKeys()) {
      params.put(key, result.getParams().getParam(key));
    }
    return params;
  }

  static String render(List<Row> rows) {
    Map<String, Double> baselines = new TreeMap<>();
    rows.stream().filter(row -> row.method().equals(BASELINE)).forEach(row -> baselines.put(row.params(), row.medianMs()));
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %-16s %12s %21s %8s %10s %10s %12s %11s %12s%n",
        "params", "benchmark", "median ms", "min..max ms", "samples", "ratio", "heap MB", "growth", "alloc MB",
        "alloc growth"));
    for (Row row : rows) {
      Double baseline = baselines.get(row.params());
      String ratio = baseline == null || baseline == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", row.medianMs() / baseline);
      String heap = Double.isNaN(row.peakHeapMb()) ? "-" : String.format(Locale.ROOT, "%.1f", row.peakHeapMb());
      String allocated = Double.isNaN(row.allocatedMb()) ? "-" : String.format(Locale.ROOT, "%.1f", row.allocatedMb());
      text.append(String.format(Locale.ROOT, "%-24s %-16s %12.3f %10.3f..%-10.3f %8d %10s %10s %12s %11s %12s%n",
          row.params(), row.method(), row.medianMs(), row.minMs(), row.maxMs(), row.samples(), ratio, heap,
          growth(row, rows, Row::medianMs), allocated, growth(row, rows, Row::allocatedMb)));
    }
    text.append("ratio = median / the baseline's median under the same params, measured in the same run\n");
    text.append("heap MB = median of each invocation's peak heap (heap pools' peaks summed, after a GC)\n");
    text.append("growth = median / the same benchmark's median at the next smaller count, per the count's factor\n");
    text.append("alloc MB = median of what one invocation allocated (JMH gc profiler); alloc growth as growth\n");
    return text.toString();
  }

  /** {@code 10.4x/10x}: the figure grew 10.4 times while the count grew 10 times; "-" for the smallest. */
  private static String growth(Row row, List<Row> rows, ToDoubleFunction<Row> figure) {
    if (row.count() < 0) {
      return "-";
    }
    Row smaller = null;
    for (Row other : rows) {
      boolean comparable = other.method().equals(row.method()) && other.others().equals(row.others())
          && other.count() >= 0 && other.count() < row.count();
      if (comparable && (smaller == null || other.count() > smaller.count())) {
        smaller = other;
      }
    }
    if (smaller == null || smaller.count() == 0 || !(figure.applyAsDouble(smaller) > 0)
        || Double.isNaN(figure.applyAsDouble(row))) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1fx/%sx", figure.applyAsDouble(row) / figure.applyAsDouble(smaller),
        factor((double) row.count() / smaller.count()));
  }

  private static String factor(double factor) {
    return factor == Math.rint(factor) ? String.valueOf((long) factor) : String.format(Locale.ROOT, "%.1f", factor);
  }
}
