package org.loaderlab.legacy;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.event.LifecycleEvent;

/**
 * Numbers events from 1 under the state lock, in the order state changed, and hands them to the
 * listener afterwards, in that order, with the state lock released: the same contract as the
 * engine's, so the same oracles read both traces. A thread that finds another delivering leaves
 * its events to it instead of waiting.
 */
final class LegacyOutbox {

  private final ReentrantLock stateLock;
  private final ReentrantLock deliveryLock = new ReentrantLock();
  private final ConcurrentLinkedQueue<LifecycleEvent> pending = new ConcurrentLinkedQueue<>();
  private final EventListener listener;
  private long sequence;

  LegacyOutbox(ReentrantLock stateLock, EventListener listener) {
    this.stateLock = stateLock;
    this.listener = listener;
  }

  void emit(LongFunction<LifecycleEvent> make) {
    if (!stateLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("events are numbered under the state lock");
    }
    sequence++;
    LifecycleEvent event = make.apply(sequence);
    assert event.sequence() == sequence : "event numbered " + event.sequence() + ", expected " + sequence;
    pending.add(event);
  }

  void deliver() {
    if (stateLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("events are never delivered under the state lock");
    }
    do {
      if (!deliveryLock.tryLock()) {
        return;
      }
      try {
        for (LifecycleEvent event = pending.poll(); event != null; event = pending.poll()) {
          tell(event);
        }
      } finally {
        deliveryLock.unlock();
      }
    } while (!pending.isEmpty());
  }

  private void tell(LifecycleEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      // A listener that throws loses its own event, not the loader: state has already changed.
    }
  }
}
