package org.loaderlab.simulate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.config.AdminUse;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.resolve.ProviderIndex;
import org.loaderlab.oracle.WorldFacts;

/**
 * Who may need whom at run time, over-approximated: every provider of every {@code [uses]} need,
 * modules.conf {@code [uses]} and extconfig.conf need counts, {@code [canuse]} does not (a loop
 * may close through it). A manifest edit adds a need only where this says no loop can close.
 */
final class Needs {

  private Needs() {}

  /** Each module's possible providers, sorted; modules needing nothing are left out. */
  static SortedMap<ModuleName, SortedSet<ModuleName>> of(WorldFacts facts) {
    SortedMap<ModuleName, SortedSet<ModuleName>> needs = new TreeMap<>();
    for (Manifest manifest : facts.manifests().values()) {
      SortedSet<ModuleName> providers = new TreeSet<>();
      for (Requirement need : requirements(manifest, facts)) {
        for (ProviderIndex.Offer offer : facts.providers().providers(need)) {
          providers.add(offer.module());
        }
      }
      providers.remove(manifest.name());
      if (!providers.isEmpty()) {
        needs.put(manifest.name(), Collections.unmodifiableSortedSet(providers));
      }
    }
    return Collections.unmodifiableSortedMap(needs);
  }

  private static List<Requirement> requirements(Manifest manifest, WorldFacts facts) {
    List<Requirement> all = new ArrayList<>(manifest.uses());
    for (AdminUse use : facts.modulesConf().usesOf(manifest.name())) {
      all.add(use.target());
    }
    for (String config : manifest.configs()) {
      all.addAll(facts.extConfig().requirementsFor(config));
    }
    return all;
  }

  /** Whether {@code from} may need {@code to}, directly or through others (or is it). */
  static boolean reaches(Map<ModuleName, ? extends SortedSet<ModuleName>> needs, ModuleName from, ModuleName to) {
    SortedSet<ModuleName> seen = new TreeSet<>();
    Deque<ModuleName> work = new ArrayDeque<>(List.of(from));
    // The worklist holds each module once, so it is bounded by the world's modules.
    while (!work.isEmpty()) {
      ModuleName next = work.pop();
      if (next.equals(to)) {
        return true;
      }
      SortedSet<ModuleName> direct = needs.get(next);
      if (seen.add(next) && direct != null) {
        work.addAll(direct);
      }
    }
    return false;
  }
}
