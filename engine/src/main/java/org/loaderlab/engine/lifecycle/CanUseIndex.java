package org.loaderlab.engine.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.plan.SortedArraySet;

/**
 * Who among the running modules lists whom in {@code [canuse]}, both ways, so a start or stop
 * finds the modules to tell without looking at every running module. Guarded by the engine lock.
 */
final class CanUseIndex {

  /** A kind and a name as matched: the name in lower case where matching ignores case. */
  private record Key(String kind, String name) {}

  // Looked up by key only, never iterated; the answers are sorted sets. Keys are records of the
  // manifest's own strings, so a start or stop of one of 100,000 modules builds no text. A value
  // is the one module under its key (most keys, such as module=X, have one) or a TreeSet of
  // them, so the index holds no set per running module.
  private final Map<Key, Object> listeners = new HashMap<>();
  private final Map<Key, Object> providers = new HashMap<>();

  void add(ModuleName module, Manifest manifest) {
    for (Requirement wanted : manifest.canUse()) {
      addTo(listeners, key(wanted.kind(), wanted.name()), module);
    }
    for (Key key : provisionKeys(manifest)) {
      addTo(providers, key, module);
    }
  }

  void remove(ModuleName module, Manifest manifest) {
    for (Requirement wanted : manifest.canUse()) {
      removeFrom(listeners, key(wanted.kind(), wanted.name()), module);
    }
    for (Key key : provisionKeys(manifest)) {
      removeFrom(providers, key, module);
    }
  }

  /** Running modules, other than the provider, whose {@code [canuse]} it satisfies. */
  SortedSet<ModuleName> listenersOf(ModuleName provider, Manifest manifest) {
    if (listeners.isEmpty()) {
      return SortedArraySet.of(); // walked at every start and stop: nothing to make for it
    }
    SortedSet<ModuleName> found = new TreeSet<>();
    for (Key key : provisionKeys(manifest)) {
      collect(listeners.get(key), found);
    }
    found.remove(provider);
    return Collections.unmodifiableSortedSet(found);
  }

  /** Running modules, other than the user, that satisfy something in the user's {@code [canuse]}. */
  SortedSet<ModuleName> providersFor(ModuleName user, Manifest manifest) {
    if (manifest.canUse().isEmpty()) {
      return SortedArraySet.of();
    }
    SortedSet<ModuleName> found = new TreeSet<>();
    for (Requirement wanted : manifest.canUse()) {
      collect(providers.get(key(wanted.kind(), wanted.name())), found);
    }
    found.remove(user);
    return Collections.unmodifiableSortedSet(found);
  }

  private static void addTo(Map<Key, Object> index, Key key, ModuleName module) {
    Object found = index.putIfAbsent(key, module);
    if (found == null) {
      return;
    }
    if (found instanceof ModuleName single) {
      if (single.equals(module)) {
        return;
      }
      TreeSet<ModuleName> modules = new TreeSet<>();
      modules.add(single);
      modules.add(module);
      index.put(key, modules);
      return;
    }
    modulesOf(found).add(module);
  }

  private static void removeFrom(Map<Key, Object> index, Key key, ModuleName module) {
    Object found = index.get(key);
    if (found instanceof ModuleName single) {
      if (single.equals(module)) {
        index.remove(key);
      }
    } else if (found != null) {
      TreeSet<ModuleName> modules = modulesOf(found);
      modules.remove(module);
      if (modules.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private static void collect(Object found, SortedSet<ModuleName> into) {
    if (found instanceof ModuleName single) {
      into.add(single);
    } else if (found != null) {
      into.addAll(modulesOf(found));
    }
  }

  @SuppressWarnings("unchecked")
  private static TreeSet<ModuleName> modulesOf(Object value) {
    return (TreeSet<ModuleName>) value;
  }

  /** The implied {@code module=<name>}, then each provision, each service also under {@code service=<kind>}. */
  private static List<Key> provisionKeys(Manifest manifest) {
    List<Key> keys = new ArrayList<>(2 * manifest.provides().size() + 1);
    keys.add(key(Kinds.MODULE, manifest.name().toString()));
    for (Provision provision : manifest.provides()) {
      keys.add(key(provision.kind(), provision.name()));
      if (Kinds.isService(provision.kind())) {
        keys.add(key(Kinds.SERVICE, provision.kind()));
      }
    }
    return keys;
  }

  /** Modules and applications match case-insensitively, the rest exactly. */
  private static Key key(String kind, String name) {
    boolean caseInsensitive = kind.equals(Kinds.MODULE) || kind.equals(Kinds.APPLICATION);
    return new Key(kind, caseInsensitive ? name.toLowerCase(Locale.ROOT) : name);
  }
}
