package org.loaderlab.legacy;

import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkedLib;

/**
 * {@code dlclose}, as today's loader calls it: as soon as a module is unloaded or given up on,
 * whatever still points into the lib. The linker is called with no lock held.
 */
final class LegacyLibs {

  private final LegacyState state;

  LegacyLibs(LegacyState state) {
    this.state = state;
  }

  void close(ModuleName module) {
    LinkedLib toClose = state.locked(() -> {
      LegacyModule record = state.module(module);
      boolean live = record.phase == LegacyModule.Phase.STARTING || record.isRunning()
          || record.phase == LegacyModule.Phase.STOPPING;
      return live ? null : detach(record);
    });
    unmap(module, toClose);
  }

  /** The lib to close, taken from the record; none under {@link LegacyFaults#skipDlclose}, which leaves it mapped. */
  LinkedLib detach(LegacyModule record) {
    if (record.lib == null || state.settings.faults().skipDlclose()) {
      return null;
    }
    LinkedLib linked = record.lib;
    record.lib = null;
    return linked;
  }

  /** {@code dlclose}, with no lock held; the event follows. */
  void unmap(ModuleName module, LinkedLib linked) {
    if (linked == null) {
      return;
    }
    try {
      linked.close();
    } catch (RuntimeException e) {
      // dlclose has no way to fail loudly; the lib counts as closed either way.
    }
    state.locked(() -> {
      LegacyModule record = state.module(module);
      state.emit(sequence -> new LifecycleEvent.LibClosed(sequence, record.name));
    });
  }

}
