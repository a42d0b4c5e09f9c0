package org.loaderlab.sim;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;

/**
 * What a task asks for after one of its steps: run again, end, sleep on the virtual clock, or
 * wait until a condition holds. The runtime, not the task, does the waiting, so no step ever
 * blocks the one simulation thread.
 *
 * <p>{@link #next()} and {@link #done()} are shared constants: the common steps allocate nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Step {

  /** The task may run its next step at any later scheduling decision. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Next() implements Step {
    private static final Next INSTANCE = new Next();
  }

  /** The task ended; it is never scheduled again. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Done() implements Step {
    private static final Done INSTANCE = new Done();
  }

  /**
   * The task is not enabled until {@code durationMs} virtual milliseconds after this step ended.
   *
   * @param durationMs {@code >= 0}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Sleep(long durationMs) implements Step {
    /** About 35,000 years: far beyond any simulated timeout, and the clock cannot overflow adding it. */
    public static final long DURATION_MS_MAX = 1L << 50;

    public Sleep {
      if (durationMs < 0 || durationMs > DURATION_MS_MAX) {
        throw new IllegalArgumentException("durationMs must be in [0, " + DURATION_MS_MAX + "], was " + durationMs);
      }
    }
  }

  /**
   * The task is not enabled until {@code condition} is true. The runtime asks the condition at
   * scheduling decisions, so it must be cheap and free of side effects (a future's
   * {@code isDone}, a flag); time is waited for with {@link Sleep}, not with a condition.
   *
   * @param reason what is waited for, in the words of a hang report: "future of load chan_sip"
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Wait(BooleanSupplier condition, String reason) implements Step {
    public Wait {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Run again. */
  static Step next() {
    return Next.INSTANCE;
  }

  /** End the task. */
  static Step done() {
    return Done.INSTANCE;
  }

  /** Sleep {@code durationMs} on the virtual clock. */
  static Step sleepMs(long durationMs) {
    return new Sleep(durationMs);
  }

  /** Wait until {@code condition} holds; {@code reason} names it in a hang report. */
  static Step waitUntil(BooleanSupplier condition, String reason) {
    return new Wait(condition, reason);
  }

  /** Wait until {@code future} completes, normally or not. */
  static Step waitFor(CompletableFuture<?> future, String reason) {
    Objects.requireNonNull(future, "future");
    return new Wait(future::isDone, reason);
  }
}
