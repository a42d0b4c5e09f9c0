package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: events are numbered only under the state lock, delivered only without it, in sequence,
 * and a throwing listener loses only its own event. Method: an outbox on a lock the test holds
 * and releases.
 */
class EventOutboxTest {

  private final ReentrantLock lock = new ReentrantLock();
  private final List<LifecycleEvent> seen = new ArrayList<>();

  @Test
  void emit_numbersInOrder_deliverHandsThemOverAfterTheLock() {
    EventOutbox outbox = new EventOutbox(lock, seen::add);
    lock.lock();
    outbox.emit(sequence -> new LifecycleEvent.LibOpened(sequence, ModuleName.of("a")));
    outbox.emit(sequence -> new LifecycleEvent.LibClosed(sequence, ModuleName.of("a")));
    assertThatThrownBy(outbox::deliver).isInstanceOf(IllegalStateException.class);
    lock.unlock();
    outbox.deliver();
    assertThat(seen).extracting(LifecycleEvent::sequence).containsExactly(1L, 2L);
  }

  @Test
  void emit_withoutTheLock_isRefused() {
    EventOutbox outbox = new EventOutbox(lock, seen::add);
    assertThatThrownBy(() -> outbox.emit(sequence -> new LifecycleEvent.LibOpened(sequence, ModuleName.of("a"))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aThrowingListener_doesNotStopDelivery() {
    EventOutbox outbox = new EventOutbox(lock, event -> {
      seen.add(event);
      throw new IllegalStateException("listener bug");
    });
    lock.lock();
    outbox.emit(sequence -> new LifecycleEvent.LibOpened(sequence, ModuleName.of("a")));
    outbox.emit(sequence -> new LifecycleEvent.LibClosed(sequence, ModuleName.of("a")));
    lock.unlock();
    outbox.deliver();
    assertThat(seen).hasSize(2);
  }
}
