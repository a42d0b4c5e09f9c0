package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.resolve.ProviderIndex;

/**
 * Today's dependency walk, as a plan: depth first from each root through {@code .requires} (the
 * manifest's {@code module=} needs only), then, as {@code load_resource_list} does, every binary
 * opened first and the modules started in walk order, each after counting itself on what it
 * requires.
 *
 * <p>Its bugs, modelled on purpose: siblings are walked in name order, not by
 * {@code load_priority}; a dependency is never checked against {@code neverload}; a module met
 * again while its own walk is still in progress counts as loaded (there is no cycle detection,
 * only {@link #DEPTH_MAX}), so on a cycle one module starts before the other runs; and nothing is
 * undone when a module fails after its dependencies were walked. Under the state lock.
 */
final class LoadWalk {

  /** Today's loader recurses with no cycle check; this guard only stops a runaway chain. */
  static final int DEPTH_MAX = 64;

  private final LegacyState state;
  private final LegacyFaults faults;
  private ProviderIndex providers;
  private final List<PlanStep> opens = new ArrayList<>();
  private final List<PlanStep> starts = new ArrayList<>();
  private final Map<ModuleName, Refusal> refused = new LinkedHashMap<>();
  private final Set<ModuleName> visited = new TreeSet<>();

  LoadWalk(LegacyState state) {
    this.state = state;
    this.faults = state.settings.faults();
  }

  /** Walks {@code root}; if it would load, {@code holder} (the admin, the dialplan) holds it after it starts. */
  void root(ModuleName root, Holder holder, String because) {
    Optional<ModuleName> loaded = visit(root, 0, because);
    loaded.ifPresent(name -> starts.add(new PlanStep.Hold(name, holder, because)));
  }

  void refuse(ModuleName module, String reason) {
    refused.putIfAbsent(module, new Refusal(module, reason));
  }

  /** Opens first, then holds and starts, in walk order. */
  List<PlanStep> steps() {
    List<PlanStep> steps = new ArrayList<>(opens);
    steps.addAll(starts);
    return steps;
  }

  List<Refusal> refusals() {
    return List.copyOf(refused.values());
  }

  /** The module's name as the catalog spells it when it would load (or runs); empty when it cannot. */
  private Optional<ModuleName> visit(ModuleName wanted, int depth, String because) {
    Optional<LegacyModule> record = state.find(wanted);
    if (record.isPresent() && (record.get().isRunning() || record.get().phase == LegacyModule.Phase.STARTING)) {
      return Optional.of(record.get().name);
    }
    Optional<CatalogEntry> entry = state.catalog.find(wanted);
    if (entry.isEmpty()) {
      refuse(wanted, wanted + " cannot load: it is not installed");
      return Optional.empty();
    }
    ModuleName module = entry.get().name();
    if (visited.contains(module)) {
      // Already walked, or still being walked (a cycle): today's loader takes it as loaded.
      return refused.containsKey(module) ? Optional.empty() : Optional.of(module);
    }
    visited.add(module);
    if (!entry.get().valid()) {
      refuse(module, module + " cannot load: its manifest is invalid");
      return Optional.empty();
    }
    if (depth >= DEPTH_MAX) {
      refuse(module, module + " cannot load: its dependency chain is deeper than " + DEPTH_MAX);
      return Optional.empty();
    }
    List<ModuleName> requires = new ArrayList<>();
    for (ModuleName dependency : requires(entry.get().manifest())) {
      Optional<ModuleName> loaded = visit(dependency, depth + 1, module + " requires it");
      if (loaded.isEmpty()) {
        refuse(module, module + " cannot load: it requires " + dependency + ", which cannot load");
        return Optional.empty();
      }
      requires.add(loaded.get());
    }
    boolean open = record.isPresent() && record.get().lib != null;
    if (!open) {
      opens.add(new PlanStep.OpenLib(module, because));
    }
    Holder self = new Holder(HolderKind.DEPENDENT, module.toString());
    for (ModuleName dependency : requires) {
      starts.add(new PlanStep.Hold(dependency, self, module + " requires it"));
    }
    starts.add(new PlanStep.StartInstance(module, because));
    return Optional.of(module);
  }

  /**
   * What today's loader loads first: the {@code module=} needs, in name order. Applications,
   * functions, realtime drivers and services are unknown to it, unless
   * {@link LegacyFaults#worstProviderForServices} resolves services, to their worst provider.
   */
  private SortedSet<ModuleName> requires(Manifest manifest) {
    SortedSet<ModuleName> needs = new TreeSet<>();
    for (Requirement need : manifest.uses()) {
      if (need.kind().equals(Kinds.MODULE)) {
        ModuleName.parse(need.name()).ifPresent(needs::add);
      } else if (need.kind().equals(Kinds.SERVICE) && faults.worstProviderForServices()) {
        List<ProviderIndex.Offer> offers = providers().providers(need);
        if (!offers.isEmpty()) {
          needs.add(offers.get(offers.size() - 1).module());
        }
      }
    }
    needs.remove(manifest.name());
    return needs;
  }

  ProviderIndex providers() {
    if (providers == null) {
      providers = ProviderIndex.of(state.catalog.manifests());
    }
    return providers;
  }
}
