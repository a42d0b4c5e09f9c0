package org.loaderlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports each iteration's peak heap (a single-shot iteration is one
 * invocation) as the secondary result {@value #LABEL}, in MB. Before the iteration it collects
 * garbage and resets every heap pool's peak; after it, it sums the pools' peaks. The sum is an
 * upper bound (pools peak at different moments) that includes garbage not yet collected, so it
 * compares runs of one JVM configuration, not absolute footprints. It runs in the benchmark's
 * JVM, outside the timed invocation. The first warm-up iteration also holds the trial's setup.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LifecycleHeapProfiler implements InternalProfiler {

  static final String LABEL = "peak-heap";

  private static final double BYTES_PER_MB = 1024.0 * 1024.0;

  @Override
  public String getDescription() {
    return "peak heap per iteration, summed over the heap pools, after a GC";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    System.gc();
    for (MemoryPoolMXBean pool : heapPools()) {
      pool.resetPeakUsage();
    }
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long peakBytes = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      peakBytes += pool.getPeakUsage().getUsed();
    }
    return List.of(new ScalarResult(LABEL, peakBytes / BYTES_PER_MB, "MB", AggregationPolicy.MAX));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }
}
