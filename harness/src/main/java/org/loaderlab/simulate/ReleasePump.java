package org.loaderlab.simulate;

import org.loaderlab.linker.FakeLinker;
import org.loaderlab.sim.SimContext;
import org.loaderlab.sim.SimTask;
import org.loaderlab.sim.Step;

/**
 * Keeps a run alive while module code has delayed releases pending ({@code cancel=delay:N}), so
 * they come due and run even when every other task ended; the simulation also runs due releases
 * before each step.
 */
final class ReleasePump implements SimTask {

  private final FakeLinker linker;

  ReleasePump(FakeLinker linker) {
    this.linker = linker;
  }

  @Override
  public Step step(SimContext context) {
    linker.releaseDue();
    return linker.pendingReleases() > 0 ? Step.next() : Step.done();
  }
}
