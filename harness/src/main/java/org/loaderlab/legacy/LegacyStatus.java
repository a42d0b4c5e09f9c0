package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * {@code module show}, {@code why} and {@code why-not} from the legacy loader's own books: a use
 * count, the channels it would hang up, and no holder of any lib. Under the lock.
 */
final class LegacyStatus {

  private final LegacyState state;

  LegacyStatus(LegacyState state) {
    this.state = state;
  }

  List<ModuleStatus> show() {
    state.assertLocked();
    Map<ModuleName, Optional<Manifest>> known = new TreeMap<>();
    for (CatalogEntry entry : state.catalog.entries()) {
      known.put(entry.name(), Optional.of(entry.manifest()));
    }
    for (LegacyModule record : state.modules()) {
      if (record.phase != LegacyModule.Phase.NOT_RUNNING || record.lib != null) {
        known.putIfAbsent(record.name, Optional.empty());
      }
    }
    List<ModuleStatus> lines = new ArrayList<>();
    for (Map.Entry<ModuleName, Optional<Manifest>> entry : known.entrySet()) {
      Optional<LegacyModule> record = state.find(entry.getKey());
      Optional<Manifest> manifest = entry.getValue();
      lines.add(new ModuleStatus(record.map(r -> r.name).orElse(entry.getKey()),
          manifest.flatMap(Manifest::description),
          manifest.map(Manifest::supportLevel).orElse(SupportLevel.UNKNOWN),
          record.map(r -> state(r.phase)).orElse(ModuleStatus.State.NOT_RUNNING),
          record.map(r -> r.lib != null).orElse(false),
          record.map(r -> r.blocked).orElse(false),
          record.map(r -> r.useCount).orElse(0),
          record.map(r -> r.users.stream().map(LegacyModule.User::holder).toList()).orElse(List.of()),
          List.of()));
    }
    return List.copyOf(lines);
  }

  private static ModuleStatus.State state(LegacyModule.Phase phase) {
    switch (phase) {
      case STARTING:
        return ModuleStatus.State.STARTING;
      case RUNNING:
        return ModuleStatus.State.RUNNING;
      case STOPPING:
        return ModuleStatus.State.STOPPING;
      case FAILED:
        return ModuleStatus.State.FAILED;
      default:
        return ModuleStatus.State.NOT_RUNNING;
    }
  }

  /** All today's loader can say: the count, never who holds it. */
  String why(ModuleName module) {
    state.assertLocked();
    Optional<LegacyModule> found = state.find(module);
    if (found.isEmpty() || (!found.get().isRunning() && found.get().lib == null)) {
      return module + " is not running and its lib is closed";
    }
    LegacyModule record = found.get();
    if (!record.isRunning()) {
      return record.name + " is not running, but its lib is open";
    }
    return record.name + " is running; its use count is " + record.useCount + " (the legacy loader does not know who holds it)";
  }

  String whyNot(ModuleName module) {
    state.assertLocked();
    Optional<LegacyModule> found = state.find(module);
    if (found.isPresent() && found.get().isRunning()) {
      return found.get().name + " is running";
    }
    if (found.isPresent() && found.get().lastFailure != null) {
      return found.get().lastFailure;
    }
    if (state.catalog.find(module).isEmpty()) {
      return module + " is not running: it is not installed";
    }
    Optional<SourceLocation> ban = state.settings.modulesConf().bannedAt(module);
    if (ban.isPresent()) {
      return module + " is not running: neverload bans loading it by name (" + ban.get() + ")";
    }
    return module + " is not running: nothing loaded it";
  }
}
