package org.loaderlab.engine.lifecycle;

import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkedLib;

/**
 * A module's lib: the opened binary. It stays open while a holder holds it or block_unload was
 * called; once closing begins no hold can be taken. Guarded by the engine lock.
 */
final class Lib {

  enum Phase {
    CLOSED,
    OPEN,
    /** The linker is unmapping it; nothing may hold it any more. */
    CLOSING
  }

  private final ModuleName module;
  final Holders holders;
  /** The libs this lib holds as a DEPENDENT ("libs use libs"). */
  final Dependencies dependencies = new Dependencies();
  Phase phase = Phase.CLOSED;
  boolean blocked;
  LinkedLib linked;

  Lib(ModuleName module, int holdersMax) {
    this.module = module;
    this.holders = new Holders(module, RefTarget.LIB, holdersMax);
  }

  boolean isOpen() {
    return phase == Phase.OPEN;
  }

  boolean isClosable() {
    return phase == Phase.OPEN && holders.isEmpty() && !blocked;
  }

  /** Marks the lib closing; the one check that must hold in production too. */
  LinkedLib beginClose() {
    if (phase != Phase.OPEN || !holders.isEmpty() || blocked) {
      throw new IllegalStateException("lib of " + module + " cannot close: " + phase + ", held by " + holders.holders()
          + (blocked ? ", blocked" : ""));
    }
    phase = Phase.CLOSING;
    return linked;
  }
}
