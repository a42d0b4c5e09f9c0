package org.loaderlab.world;

import com.google.common.jimfs.FileTimeSource;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A world's file clock: every time Jimfs stamps a file (created, written, read) it is one
 * millisecond later than the time before, from a fixed instant. So every write gives its file a
 * new last-modified time, which is how the engine tells a manifest changed (by metadata, as make
 * does), and no file time comes from the wall clock: the same actions stamp the same times. A
 * millisecond, because it is the granularity of the coarsest file systems the engine compares.
 */
final class StepFileTimes implements FileTimeSource {

  /** The first stamp: 2000-01-01, any fixed instant would do. */
  private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

  // Atomic: tests may write to a world from one thread while the engine reads it from another.
  private final AtomicLong stamps = new AtomicLong();

  @Override
  public FileTime now() {
    return FileTime.from(EPOCH.plusMillis(stamps.incrementAndGet()));
  }
}
