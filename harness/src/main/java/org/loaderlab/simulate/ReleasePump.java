package org.loaderlab.simulate;

import java.util.Optional;
import org.loaderlab.linker.FakeLinker;
import org.loaderlab.sim.SimContext;
import org.loaderlab.sim.SimTask;
import org.loaderlab.sim.Step;

/**
 * Keeps a run alive while releases are pending: those module code delayed itself
 * ({@code cancel=delay:N}) and, in the delayed-release mode, those the {@link Postponer} holds,
 * so they come due and run even when every other task ended. The simulation also runs due
 * releases before each step.
 */
final class ReleasePump implements SimTask {

  private final FakeLinker linker;
  private final Optional<Postponer> postponer;

  ReleasePump(FakeLinker linker, Optional<Postponer> postponer) {
    this.linker = linker;
    this.postponer = postponer;
  }

  /** Runs what is due, the module code's own delayed releases first; true while some are still pending. */
  boolean runDue() {
    if (linker.pendingReleases() > 0) {
      linker.releaseDue();
    }
    postponer.ifPresent(Postponer::runDue);
    return pending();
  }

  boolean pending() {
    return linker.pendingReleases() > 0 || postponer.map(Postponer::pendingCount).orElse(0) > 0;
  }

  @Override
  public Step step(SimContext context) {
    return runDue() ? Step.next() : Step.done();
  }
}
