package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.config.AdminUse;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.resolve.Cycles;
import org.loaderlab.engine.resolve.ProviderIndex;

/**
 * The needs graph of the world's facts, rebuilt as the proposal defines it rather than asked of
 * the engine: a module needs its manifest's {@code [uses]}, the admin's {@code [uses]} for it in
 * modules.conf, and the realtime driver extconfig.conf maps each of its config files to. A
 * specific need is met by its first provider; a service need by its best provider that is not
 * blocked (banned, or needing what cannot load). Cycles are the strongly connected components of
 * that graph.
 */
final class Dependencies {

  private final WorldFacts facts;
  private final SortedMap<ModuleName, List<Requirement>> needs = new TreeMap<>();
  private final SortedSet<ModuleName> blocked = new TreeSet<>();
  private final SortedMap<ModuleName, Cycles.Cycle> cycleOf = new TreeMap<>();
  /** For each provider, the modules with a need it meets, and that need: the reverse of {@link #needs}. */
  private final SortedMap<ModuleName, SortedMap<ModuleName, Requirement>> usersOf = new TreeMap<>();

  Dependencies(WorldFacts facts) {
    this.facts = facts;
    facts.manifests().forEach((module, manifest) -> needs.put(module, collectNeeds(manifest)));
    needs.forEach((module, moduleNeeds) -> moduleNeeds.forEach(need -> providers(need).forEach(provider ->
        usersOf.computeIfAbsent(provider, k -> new TreeMap<>()).putIfAbsent(module, need))));
    findBlocked();
    findCycles();
  }

  private List<Requirement> collectNeeds(Manifest manifest) {
    Map<String, Requirement> byKey = new LinkedHashMap<>();
    manifest.uses().forEach(use -> byKey.putIfAbsent(key(use), use));
    for (AdminUse use : facts.modulesConf().usesOf(manifest.name())) {
      byKey.putIfAbsent(key(use.target()), use.target());
    }
    for (String config : manifest.configs()) {
      facts.extConfig().requirementsFor(config).forEach(driver -> byKey.putIfAbsent(key(driver), driver));
    }
    return List.copyOf(byKey.values());
  }

  /** Modules and applications match case-insensitively, as Asterisk finds them. */
  private static String key(Requirement requirement) {
    boolean anyCase = requirement.kind().equals(Kinds.MODULE) || requirement.kind().equals(Kinds.APPLICATION);
    return requirement.kind() + "=" + (anyCase ? requirement.name().toLowerCase(Locale.ROOT) : requirement.name());
  }

  /**
   * A fixpoint over the catalog: banned modules and modules with an unmet need are blocked, then
   * whoever needs a blocked module specifically, or a service all of whose providers are blocked.
   * Each pass blocks at least one more module or ends, so it takes at most one pass per module.
   */
  private void findBlocked() {
    for (ModuleName module : needs.keySet()) {
      if (facts.modulesConf().isBanned(module)) {
        blocked.add(module);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<ModuleName, List<Requirement>> entry : needs.entrySet()) {
        if (!blocked.contains(entry.getKey()) && entry.getValue().stream().anyMatch(this::unmet)) {
          blocked.add(entry.getKey());
          changed = true;
        }
      }
    }
  }

  private boolean unmet(Requirement need) {
    List<ModuleName> offers = providers(need);
    if (offers.isEmpty()) {
      return true;
    }
    return isService(need) ? offers.stream().allMatch(blocked::contains) : blocked.contains(offers.get(0));
  }

  private void findCycles() {
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    needs.forEach((module, moduleNeeds) -> {
      List<ModuleName> targets = new ArrayList<>();
      moduleNeeds.forEach(need -> chosen(need).filter(needs::containsKey).ifPresent(targets::add));
      graph.put(module, targets);
    });
    for (Cycles.Cycle cycle : Cycles.find(graph)) {
      cycle.members().forEach(member -> cycleOf.put(member, cycle));
    }
  }

  static boolean isService(Requirement need) {
    return need.kind().equals(Kinds.SERVICE);
  }

  /** What {@code module} needs before it can start, each need once; empty for a module without manifest. */
  List<Requirement> needs(ModuleName module) {
    return needs.getOrDefault(module, List.of());
  }

  /** The modules with a need {@code provider} meets, each with its first such need, by name. */
  SortedMap<ModuleName, Requirement> usersOf(ModuleName provider) {
    // Read-only: one Dependencies serves every run on the same facts.
    return Collections.unmodifiableSortedMap(usersOf.getOrDefault(provider, Collections.emptySortedMap()));
  }

  /** Every module that meets {@code need}, best first. */
  List<ModuleName> providers(Requirement need) {
    return facts.providers().providers(need).stream().map(ProviderIndex.Offer::module).toList();
  }

  /** The offers of {@code need}, best first, as {@code module (priority)} text for a chain. */
  String offers(Requirement need) {
    List<String> text = new ArrayList<>();
    for (ProviderIndex.Offer offer : facts.providers().providers(need)) {
      text.add(offer.module() + offer.provision().priority().stream().mapToObj(p -> " (" + p + ")").findFirst().orElse(""));
    }
    return text.isEmpty() ? "nobody" : String.join(", ", text);
  }

  /** The provider a load picks for {@code need}: the first, or for a service the best one not blocked. */
  Optional<ModuleName> chosen(Requirement need) {
    List<ModuleName> offers = providers(need);
    if (!isService(need)) {
      return offers.stream().findFirst();
    }
    return offers.stream().filter(module -> !blocked.contains(module)).findFirst();
  }

  /** Whether {@code module} cannot load per the facts, cycles aside. */
  boolean isBlocked(ModuleName module) {
    return blocked.contains(module);
  }

  Optional<Cycles.Cycle> cycleOf(ModuleName module) {
    return Optional.ofNullable(cycleOf.get(module));
  }

  LoadPriority priority(ModuleName module) {
    return facts.manifest(module).map(Manifest::loadPriority).orElse(LoadPriority.DEFAULT);
  }
}
