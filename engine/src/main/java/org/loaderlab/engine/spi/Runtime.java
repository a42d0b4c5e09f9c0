package org.loaderlab.engine.spi;

import org.apiguardian.api.API;

/**
 * Where the engine's asynchronous work runs: deferred stops, cancel callbacks, the steps of a
 * plan. Production uses a thread pool; the harness a seeded single-threaded scheduler, so every
 * interleaving the engine allows can be replayed. The engine never blocks a runtime thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Runtime {

  /** Runs {@code task} later, on a thread of the runtime's choosing; never runs it inline. */
  void execute(Runnable task);
}
