package org.loaderlab.engine.lifecycle;

import java.util.ArrayDeque;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;

/**
 * Operations waiting their turn, and whether one is running. Admin operations are bounded by
 * {@code operationsQueuedMax}; deferred stops are not, because dropping one would leak a module,
 * but there is at most one queued per module, so they are bounded by the catalog. Guarded by the
 * engine lock.
 */
final class OperationQueue {

  /** An operation and the future of whoever asked; deferred stops have no future. */
  record Pending(Operation operation, CompletableFuture<Outcome> future) {}

  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final Set<ModuleName> queuedStops = new TreeSet<>();
  private final int queuedMax;
  private boolean busy;

  OperationQueue(int queuedMax) {
    this.queuedMax = queuedMax;
  }

  /** False when {@code operationsQueuedMax} operations already wait. */
  boolean offer(Pending pending) {
    if (queue.size() - queuedStops.size() >= queuedMax) {
      return false;
    }
    queue.add(pending);
    return true;
  }

  /** Queues a deferred stop of {@code module} unless one is already queued. */
  boolean offerStop(ModuleName module, String because) {
    if (!queuedStops.add(module)) {
      return false;
    }
    queue.add(new Pending(new Operation.Stop(module, because), null));
    return true;
  }

  /** True when nothing runs: the caller must now schedule the runner. */
  boolean claim() {
    if (busy) {
      return false;
    }
    busy = true;
    return true;
  }

  /** The next operation; null, and idle again, when there is none. */
  Pending poll() {
    assert busy : "polled while idle";
    Pending next = queue.poll();
    if (next == null) {
      busy = false;
      return null;
    }
    if (next.operation() instanceof Operation.Stop stop) {
      queuedStops.remove(stop.module());
    }
    return next;
  }

  int queuedMax() {
    return queuedMax;
  }
}
