package org.loaderlab.engine.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.SupportLevel;

/** {@code module show}, {@code module why} and {@code module why-not}: plain, deterministic text. Under the lock. */
final class StatusReport {

  /** Dependents followed when explaining why a module runs; a longer chain ends with "...". */
  static final int WHY_HOPS_MAX = 8;

  private final EngineState state;

  StatusReport(EngineState state) {
    this.state = state;
  }

  List<ModuleStatus> show() {
    Map<ModuleName, Optional<Manifest>> known = new TreeMap<>();
    if (state.facts != null) {
      for (CatalogEntry entry : state.facts.catalog().entries()) {
        known.put(entry.name(), Optional.of(entry.manifest()));
      }
    }
    for (ModuleRecord record : state.records()) {
      if (!record.isIdle()) {
        known.putIfAbsent(record.name, Optional.empty());
      }
    }
    List<ModuleStatus> lines = new ArrayList<>();
    for (Map.Entry<ModuleName, Optional<Manifest>> entry : known.entrySet()) {
      Optional<ModuleRecord> record = state.find(entry.getKey());
      Optional<Manifest> manifest = record.map(r -> r.instance.manifest).or(entry::getValue);
      lines.add(new ModuleStatus(record.map(r -> r.name).orElse(entry.getKey()),
          manifest.flatMap(Manifest::description),
          manifest.map(Manifest::supportLevel).orElse(SupportLevel.UNKNOWN),
          record.map(r -> state(r.instance.phase)).orElse(ModuleStatus.State.NOT_RUNNING),
          record.map(r -> r.lib.phase != Lib.Phase.CLOSED).orElse(false),
          record.map(r -> r.lib.blocked).orElse(false),
          record.map(r -> r.instance.holders.count()).orElse(0),
          record.map(r -> List.copyOf(r.instance.holders.holders())).orElse(List.of()),
          record.map(r -> List.copyOf(r.lib.holders.holders())).orElse(List.of())));
    }
    return List.copyOf(lines);
  }

  private static ModuleStatus.State state(Instance.Phase phase) {
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

  /**
   * What holds the module now, holder by holder with the reason each gave, and for a dependent,
   * why that one runs in turn.
   */
  String why(ModuleName module) {
    Optional<ModuleRecord> found = state.find(module);
    if (found.isEmpty() || (found.get().isIdle() && found.get().lib.holders.isEmpty())) {
      return module + " is not running and its lib is closed";
    }
    ModuleRecord record = found.get();
    StringBuilder text = new StringBuilder();
    String phase = record.instance.phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    if (record.instance.holders.isEmpty()) {
      text.append(record.name).append(" is ").append(phase).append(", held by nothing");
    } else {
      text.append(record.name).append(" is ").append(phase).append(", held by:");
      for (Map.Entry<Holder, String> holder : record.instance.holders.reasons().entrySet()) {
        text.append("\n- ").append(holder.getKey()).append(": ").append(holder.getValue());
        if (holder.getKey().kind() == HolderKind.DEPENDENT) {
          text.append("; ").append(runsBecause(ModuleName.of(holder.getKey().id())));
        }
      }
    }
    if (record.lib.phase == Lib.Phase.CLOSED) {
      return text.append("\nits lib is closed").toString();
    }
    text.append("\nits lib is open").append(record.lib.blocked ? " for good (block_unload)" : "").append(", held by:");
    for (Map.Entry<Holder, String> holder : record.lib.holders.reasons().entrySet()) {
      text.append("\n- ").append(holder.getKey()).append(": ").append(holder.getValue());
    }
    return text.toString();
  }

  /** "res_a runs because admin:cli holds it: ..." following the first holder of each dependent. */
  private String runsBecause(ModuleName dependent) {
    StringBuilder text = new StringBuilder();
    Set<ModuleName> seen = new TreeSet<>();
    ModuleName current = dependent;
    for (int hop = 0; hop < WHY_HOPS_MAX && seen.add(current); hop++) {
      Optional<ModuleRecord> record = state.find(current);
      if (record.isEmpty() || record.get().instance.holders.isEmpty()) {
        return text.append(current).append(" is held by nothing").toString();
      }
      Map.Entry<Holder, String> first = record.get().instance.holders.reasons().entrySet().iterator().next();
      text.append(current).append(" runs because ").append(first.getKey()).append(" holds it: ").append(first.getValue());
      if (first.getKey().kind() != HolderKind.DEPENDENT) {
        return text.toString();
      }
      text.append("; ");
      current = ModuleName.of(first.getKey().id());
    }
    return text.append("...").toString();
  }

  /** The last refusal, failure or stop of the module. */
  String whyNot(ModuleName module) {
    Optional<ModuleRecord> record = state.find(module);
    if (record.isPresent() && record.get().instance.isRunning()) {
      return record.get().name + " is running";
    }
    Optional<String> last = state.journal.lastNotRunning(module);
    if (last.isPresent()) {
      return last.get();
    }
    boolean installed = state.facts != null && state.facts.catalog().find(module).isPresent();
    return installed ? module + " is not running: nothing has asked for it" : module + " is not installed";
  }
}
