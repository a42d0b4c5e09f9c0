package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;

/**
 * Goal: admin operations are bounded, deferred stops are not but come once per module, and the
 * queue says when the runner must be woken. Method: one queue of two.
 */
class OperationQueueTest {

  private final OperationQueue queue = new OperationQueue(2);

  private static OperationQueue.Pending load(String module) {
    return new OperationQueue.Pending(new Operation.Load(ModuleName.of(module)), new CompletableFuture<>());
  }

  @Test
  void offer_pastTheLimit_isRefused_butDeferredStopsStillQueue() {
    assertThat(queue.offer(load("a"))).isTrue();
    assertThat(queue.offer(load("b"))).isTrue();
    assertThat(queue.offer(load("c"))).isFalse();
    assertThat(queue.offerStop(ModuleName.of("a"), "its last user left")).isTrue();
    assertThat(queue.offerStop(ModuleName.of("a"), "again")).isFalse();
  }

  @Test
  void claim_wakesTheRunnerOnce_andPollGoesIdleWhenEmpty() {
    queue.offer(load("a"));
    assertThat(queue.claim()).isTrue();
    assertThat(queue.claim()).isFalse();
    assertThat(queue.poll().operation()).isEqualTo(new Operation.Load(ModuleName.of("a")));
    assertThat(queue.poll()).isNull();
    assertThat(queue.claim()).isTrue();
  }

  @Test
  void poll_ofADeferredStop_letsAnotherBeQueued() {
    queue.offerStop(ModuleName.of("a"), "gone");
    queue.claim();
    assertThat(queue.poll().future()).isNull();
    assertThat(queue.offerStop(ModuleName.of("a"), "gone again")).isTrue();
  }
}
