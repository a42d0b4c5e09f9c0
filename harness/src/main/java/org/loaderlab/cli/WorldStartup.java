package org.loaderlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.plan.Refusal;

/** Starts a world's engine as its modules.conf says, for the commands that work on a started world. */
final class WorldStartup {

  private WorldStartup() {}

  /**
   * Starts the engine as modules.conf says and runs it until idle. A failed startup (a
   * {@code require=} module that cannot start) is a warning: the plan is made on what did start.
   *
   * @return false when the engine never answered or failed outright (reported on stderr)
   */
  static boolean start(ModuleLoader loader, PlanRuntime runtime, PrintWriter err) {
    CompletableFuture<Outcome> started = loader.start();
    runtime.runUntilIdle();
    if (!started.isDone()) {
      err.println("error: startup did not complete: the engine went idle before it answered");
      err.flush();
      return false;
    }
    Outcome outcome;
    try {
      outcome = started.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      err.println("error: startup failed: " + cause.getMessage());
      err.flush();
      return false;
    }
    if (!outcome.success()) {
      err.println("warning: startup as modules.conf says failed; planning on what did start:");
      for (Refusal problem : outcome.problems()) {
        err.println("  " + problem);
      }
      err.flush();
    }
    return true;
  }
}
