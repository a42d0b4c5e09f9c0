package org.loaderlab.simulate;

import java.util.concurrent.CompletableFuture;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.linker.FakeLinker;

/**
 * What every actor of one run shares: the loader under test (as channels see it), the linker, the
 * world and the admin's writes to it, the trace text and the oracles' evidence.
 */
record Stage(ModuleLoader loader, FakeLinker linker, PreparedWorld world, WorldWrites writes, TraceRecorder trace,
    org.loaderlab.oracle.TraceRecorder evidence) {

  /** Runs {@code operation} through the oracles' recorder, which takes its dry run first. */
  CompletableFuture<Outcome> submit(Operation operation) {
    return evidence.submit(loader, operation);
  }
}
