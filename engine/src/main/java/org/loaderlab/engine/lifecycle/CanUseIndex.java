package org.loaderlab.engine.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.HashMap;
import java.util.TreeSet;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Who among the running modules lists whom in {@code [canuse]}, both ways, so a start or stop
 * finds the modules to tell without looking at every running module. Guarded by the engine lock.
 */
final class CanUseIndex {

  // Looked up by key only, never iterated; the answers are sorted sets.
  private final Map<String, TreeSet<ModuleName>> listeners = new HashMap<>();
  private final Map<String, TreeSet<ModuleName>> providers = new HashMap<>();

  void add(ModuleName module, Manifest manifest) {
    for (Requirement wanted : manifest.canUse()) {
      listeners.computeIfAbsent(key(wanted.kind(), wanted.name()), k -> new TreeSet<>()).add(module);
    }
    for (String key : provisionKeys(manifest)) {
      providers.computeIfAbsent(key, k -> new TreeSet<>()).add(module);
    }
  }

  void remove(ModuleName module, Manifest manifest) {
    for (Requirement wanted : manifest.canUse()) {
      removeFrom(listeners, key(wanted.kind(), wanted.name()), module);
    }
    for (String key : provisionKeys(manifest)) {
      removeFrom(providers, key, module);
    }
  }

  /** Running modules, other than the provider, whose {@code [canuse]} it satisfies. */
  SortedSet<ModuleName> listenersOf(ModuleName provider, Manifest manifest) {
    if (listeners.isEmpty()) {
      return Collections.emptySortedSet();
    }
    SortedSet<ModuleName> found = new TreeSet<>();
    for (String key : provisionKeys(manifest)) {
      found.addAll(listeners.getOrDefault(key, new TreeSet<>()));
    }
    found.remove(provider);
    return Collections.unmodifiableSortedSet(found);
  }

  /** Running modules, other than the user, that satisfy something in the user's {@code [canuse]}. */
  SortedSet<ModuleName> providersFor(ModuleName user, Manifest manifest) {
    if (manifest.canUse().isEmpty()) {
      return Collections.emptySortedSet();
    }
    SortedSet<ModuleName> found = new TreeSet<>();
    for (Requirement wanted : manifest.canUse()) {
      found.addAll(providers.getOrDefault(key(wanted.kind(), wanted.name()), new TreeSet<>()));
    }
    found.remove(user);
    return Collections.unmodifiableSortedSet(found);
  }

  private static void removeFrom(Map<String, TreeSet<ModuleName>> index, String key, ModuleName module) {
    TreeSet<ModuleName> modules = index.get(key);
    if (modules != null) {
      modules.remove(module);
      if (modules.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private static List<String> provisionKeys(Manifest manifest) {
    List<String> keys = new ArrayList<>();
    for (Provision provision : manifest.provisions()) {
      keys.add(key(provision.kind(), provision.name()));
      if (Kinds.isService(provision.kind())) {
        keys.add(key(Kinds.SERVICE, provision.kind()));
      }
    }
    return keys;
  }

  /** Modules and applications match case-insensitively, the rest exactly. */
  private static String key(String kind, String name) {
    boolean caseInsensitive = kind.equals(Kinds.MODULE) || kind.equals(Kinds.APPLICATION);
    return kind + "=" + (caseInsensitive ? name.toLowerCase(Locale.ROOT) : name);
  }
}
