package org.loaderlab.engine.lifecycle;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.event.LifecycleEvent;

/**
 * Numbers events under the state lock, in the order state changed, and hands them to the
 * listener later, in that order, with the state lock released.
 *
 * <p>Delivery takes a second lock with {@code tryLock}: a thread that finds another delivering
 * leaves its events to it rather than wait, and whoever delivers looks again after letting go,
 * so no event is left behind and no runtime thread blocks on a listener.
 */
final class EventOutbox {

  private final ReentrantLock stateLock;
  private final ReentrantLock deliveryLock = new ReentrantLock();
  private final ConcurrentLinkedQueue<LifecycleEvent> pending = new ConcurrentLinkedQueue<>();
  private final EventListener listener;
  private long sequence;

  EventOutbox(ReentrantLock stateLock, EventListener listener) {
    this.stateLock = stateLock;
    this.listener = listener;
  }

  /** Appends the event {@code make} builds with the next sequence number; state lock held. */
  void emit(LongFunction<LifecycleEvent> make) {
    if (!stateLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("events are numbered under the state lock");
    }
    sequence++;
    LifecycleEvent event = make.apply(sequence);
    assert event.sequence() == sequence : "event numbered " + event.sequence() + ", expected " + sequence;
    pending.add(event);
  }

  /** Delivers every pending event; never with the state lock held. */
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
      // A listener that throws loses its own event, not the engine: state has already changed.
    }
  }
}
