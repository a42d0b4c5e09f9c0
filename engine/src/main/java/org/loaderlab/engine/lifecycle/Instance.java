package org.loaderlab.engine.lifecycle;

import java.util.HashMap;
import java.util.Map;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.ModuleCode;

/**
 * A module's instance: the running module. It runs while a holder holds it; the manifest it
 * started with stays with it until it stops, whatever a hot install changed on disk.
 * Guarded by the engine lock.
 */
final class Instance {

  enum Phase {
    NOT_RUNNING,
    STARTING,
    RUNNING,
    STOPPING,
    /** load_module did not succeed; the operation is releasing what it took, then NOT_RUNNING. */
    FAILED
  }

  final Holders holders;
  /** The instances this one holds as a DEPENDENT. */
  final Dependencies dependencies = new Dependencies();
  /** The channels and users with their cancel callbacks, by holder; looked up, never iterated. */
  final Map<Holder, TakenUser> cancels = new HashMap<>();
  Phase phase = Phase.NOT_RUNNING;
  /** A forced unload waits for the users it cancelled: no new user may come meanwhile. */
  boolean draining;
  /** Counts starts, so a context or handle of an earlier run cannot touch this one. */
  int incarnation;
  Manifest manifest;
  ModuleCode code;
  EngineContext context;

  Instance(ModuleName module, int holdersMax) {
    this.holders = new Holders(module, RefTarget.INSTANCE, holdersMax);
  }

  boolean isRunning() {
    return phase == Phase.RUNNING;
  }

  /** Starting or running: it may register things and be called. */
  boolean isLive() {
    return phase == Phase.STARTING || phase == Phase.RUNNING;
  }
}
