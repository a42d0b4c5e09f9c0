package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Goal: steps are checked when made, the common ones are shared, and a future's wait follows it. */
class StepTest {

  @Test
  void nextAndDone_areShared() {
    assertThat(Step.next()).isSameAs(Step.next());
    assertThat(Step.done()).isSameAs(Step.done());
  }

  @Test
  void sleepMs_outOfRange_fails() {
    assertThatThrownBy(() -> Step.sleepMs(-1)).hasMessage("durationMs must be in [0, 1125899906842624], was -1");
    assertThatThrownBy(() -> Step.sleepMs(Step.Sleep.DURATION_MS_MAX + 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void waitFor_holdsOnceFutureCompletes() {
    CompletableFuture<String> future = new CompletableFuture<>();
    Step.Wait wait = (Step.Wait) Step.waitFor(future, "reply");

    assertThat(wait.condition().getAsBoolean()).isFalse();
    future.completeExceptionally(new IllegalStateException("failed"));
    assertThat(wait.condition().getAsBoolean()).isTrue();
    assertThat(wait.reason()).isEqualTo("reply");
  }
}
