package org.loaderlab.engine.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The runtime's task accounting. A task is pending from the moment it is accepted until it has
 * run (or was dropped at a forced close), so a task that submits its successor keeps the count
 * above zero throughout: the successor is counted before its parent stops being counted, and
 * "idle" can never be seen between the two.
 */
final class TaskCounts {

  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  void accepted() {
    pending.incrementAndGet();
  }

  /** The executor refused a task counted by {@link #accepted}: it never existed. */
  void refused() {
    long left = pending.decrementAndGet();
    assert left >= 0 : "pending task count went negative";
  }

  void finished(boolean failure) {
    if (failure) {
      failed.incrementAndGet();
    }
    completed.incrementAndGet();
    long left = pending.decrementAndGet();
    assert left >= 0 : "pending task count went negative";
  }

  /** Tasks still queued when a forced close gave up on them: they will never run. */
  void dropped(int count) {
    assert count >= 0 : "negative dropped count";
    dropped.addAndGet(count);
    long left = pending.addAndGet(-count);
    assert left >= 0 : "pending task count went negative";
  }

  long pending() {
    return pending.get();
  }

  long completed() {
    return completed.get();
  }

  long failed() {
    return failed.get();
  }

  long dropped() {
    return dropped.get();
  }
}
