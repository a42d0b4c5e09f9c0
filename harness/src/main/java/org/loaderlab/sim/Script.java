package org.loaderlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A straight-line task: a list of actions, each one step. Most actors are scripts: an admin
 * command calls the loader and, once the future completes, records the outcome; a channel adds
 * itself as a user, runs an application, sleeps, hangs up.
 *
 * <pre>{@code
 * SimTask command = Script.builder()
 *     .call("load " + name, () -> loader.load(name), outcome -> log.add(outcome.join().toString()))
 *     .build();
 * }</pre>
 *
 * <p>A script keeps its place in itself: build one per spawn. It ends after its last action.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Script implements SimTask {

  /** One action: what it does and what the task does next. */
  private interface Action {
    Step perform(Script script, SimContext context);
  }

  /** Actions are written by hand or generated from a bounded action chain; a longer one is a runaway. */
  public static final int ACTIONS_MAX = 100_000;

  private final Action[] actions;
  private int nextIndex;
  /** The future a {@code call} started, for its second step; this script's own, never shared. */
  private CompletableFuture<?> pending;

  private Script(List<Action> actions) {
    this.actions = actions.toArray(new Action[0]);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Step step(SimContext context) {
    if (nextIndex == actions.length) {
      // Reached only after a last action that slept or waited: its wait is over, so the task ends.
      return Step.done();
    }
    Step step = actions[nextIndex++].perform(this, context);
    if (nextIndex == actions.length && step instanceof Step.Next) {
      return Step.done();
    }
    return step;
  }

  /** Adds actions in order; each method adds one or two steps. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {

    private final List<Action> actions = new ArrayList<>();

    private Builder() {}

    /** One step that runs {@code action}. */
    public Builder run(Runnable action) {
      Objects.requireNonNull(action, "action");
      return add((script, context) -> {
        action.run();
        return Step.next();
      });
    }

    /** One step that runs {@code action} with the context: to spawn, draw from the tape, read the clock. */
    public Builder runWith(Consumer<SimContext> action) {
      Objects.requireNonNull(action, "action");
      return add((script, context) -> {
        action.accept(context);
        return Step.next();
      });
    }

    /** One step that does nothing and sleeps {@code durationMs} on the virtual clock. */
    public Builder sleepMs(long durationMs) {
      Step sleep = Step.sleepMs(durationMs);
      return add((script, context) -> sleep);
    }

    /** One step that does nothing and waits until {@code condition} holds. */
    public Builder waitUntil(BooleanSupplier condition, String reason) {
      Step wait = Step.waitUntil(condition, reason);
      return add((script, context) -> wait);
    }

    /**
     * Two steps: the first starts something that answers with a future ({@code start}) and waits
     * until it completes; the second hands the completed future to {@code then}.
     *
     * @param what names the wait in a hang report: "load chan_sip"
     * @param then sees the future completed, normally or exceptionally
     */
    public <T> Builder call(String what, Supplier<CompletableFuture<T>> start, Consumer<CompletableFuture<T>> then) {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(then, "then");
      add((script, context) -> {
        CompletableFuture<T> future = Objects.requireNonNull(start.get(), "the future started for " + what);
        script.pending = future;
        return Step.waitFor(future, what);
      });
      return add((script, context) -> {
        @SuppressWarnings("unchecked") // set by the first step of this same call, from start
        CompletableFuture<T> future = (CompletableFuture<T>) script.pending;
        script.pending = null;
        then.accept(future);
        return Step.next();
      });
    }

    public Script build() {
      return new Script(actions);
    }

    private Builder add(Action action) {
      if (actions.size() == ACTIONS_MAX) {
        throw new IllegalStateException("a script holds at most " + ACTIONS_MAX + " actions (ACTIONS_MAX)");
      }
      actions.add(action);
      return this;
    }
  }
}
