package org.loaderlab.simulate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.linker.ModuleThread;
import org.loaderlab.sim.SimContext;
import org.loaderlab.sim.SimTask;
import org.loaderlab.sim.Step;

/**
 * The admin: starts the loader, then performs the run's actions one by one. An operation waits
 * for its future (other tasks run meanwhile); a call or optional call starts its own task and
 * the admin goes on at once, so traffic races with the next operations. A hot-install action
 * writes to the world in one step, between operations, while channels, threads and the engine's
 * own deferred work go on.
 */
final class AdminTask implements SimTask {

  private final Stage stage;
  private final List<Action> actions;
  private int nextIndex;
  private boolean started;
  private int channelCount;
  private int callerCount;
  /** The operation waited for, and its words for the trace. */
  private CompletableFuture<Outcome> pending;
  private String pendingWhat;

  AdminTask(Stage stage, List<Action> actions) {
    this.stage = stage;
    this.actions = actions;
  }

  @Override
  public Step step(SimContext context) {
    if (pending != null) {
      stage.trace().note("done " + pendingWhat + ": " + outcome(pending));
      pending = null;
    }
    if (!started) {
      started = true;
      stage.trace().note("do start");
      return await("start", stage.submit(new Operation.Startup()));
    }
    if (nextIndex == actions.size()) {
      return Step.done();
    }
    Action action = actions.get(nextIndex++);
    stage.trace().note("do " + action.describe());
    CompletableFuture<Outcome> operation = perform(action, context);
    if (operation != null) {
      return await(action.describe(), operation);
    }
    return nextIndex == actions.size() ? Step.done() : Step.next();
  }

  private Step await(String what, CompletableFuture<Outcome> operation) {
    pending = operation;
    pendingWhat = what;
    return Step.waitFor(operation, what);
  }

  private CompletableFuture<Outcome> perform(Action action, SimContext context) {
    if (action instanceof Action.Load load) {
      return stage.submit(new Operation.Load(load.module()));
    } else if (action instanceof Action.Unload unload) {
      return stage.submit(new Operation.Unload(unload.module(), unload.force()));
    } else if (action instanceof Action.ReloadDialplan) {
      return stage.submit(new Operation.LoadDialplan(stage.world().dialplan()));
    } else if (action instanceof Action.Shutdown shutdown) {
      return stage.submit(new Operation.Shutdown(shutdown.graceful()));
    } else if (action instanceof Action.StartCall call) {
      String id = call.tech() + "/" + (++channelCount);
      context.spawn("channel:" + id, new ChannelTask(stage, call, id));
    } else if (action instanceof Action.OptionalCall call) {
      context.spawn("optional:" + (++callerCount), new OptionalCaller(stage, call));
    } else if (action instanceof Action.ExitThread exit) {
      exitThread(exit);
    } else if (action instanceof Action.Install install) {
      stage.writes().install(install, context.stepIndex());
    } else if (action instanceof Action.EditManifest edit) {
      stage.writes().edit(edit, context.stepIndex());
    } else if (action instanceof Action.ReplaceBinary replace) {
      stage.writes().replace(replace, context.stepIndex());
    }
    return null;
  }

  /** The newest live thread of that name exits; none live is a no-op, noted. */
  private void exitThread(Action.ExitThread exit) {
    ModuleThread found = null;
    for (ModuleThread thread : stage.linker().liveThreads()) {
      if (thread.lib().module().equals(exit.module()) && thread.name().equals(exit.thread())) {
        found = thread;
      }
    }
    if (found == null) {
      stage.trace().note("thread " + exit.module() + "/" + exit.thread() + " not live");
      return;
    }
    boolean clean = stage.linker().exitThread(found.id());
    stage.trace().note("thread " + found.id() + " exited" + (clean ? "" : " (destructor segfaulted)"));
  }

  private static String outcome(CompletableFuture<Outcome> operation) {
    if (operation.isCompletedExceptionally()) {
      // The cause's message only: a stack trace would tie the trace to line numbers.
      Throwable cause = operation.handle((value, error) -> error).join();
      return "threw " + cause;
    }
    Outcome outcome = operation.join();
    StringBuilder text = new StringBuilder(outcome.success() ? "ok" : "failed");
    for (Refusal problem : outcome.problems()) {
      text.append("; ").append(problem);
    }
    return text.toString();
  }
}
