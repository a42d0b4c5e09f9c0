package org.loaderlab.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.resolve.Cycles;

/**
 * Everything some roots need, transitively, that is not running yet, and the order to start it
 * in.
 *
 * <p>The cycle rule: every module on a cycle (a strongly connected component of the needs graph,
 * edges going to the providers {@link Loadability} chose) is refused, and so is every module
 * that needs one of them; the message names the cycle path from its smallest module name.
 *
 * <ol>
 *   <li>Walk the chosen providers from the roots on a worklist (running providers end the walk:
 *       they are held, not started).
 *   <li>Kahn's algorithm with a priority queue: a module is ready when its dependencies are
 *       placed; ready modules go by {@link LoadPriority}, then name. O(n log n). A module is
 *       refused when it is blocked ({@link Loadability}), needs a refused module, or ends a
 *       dependency chain longer than {@code dependencyDepthMax}.
 *   <li>What Kahn could not place is on a cycle or needs one: the cycles of that rest are found
 *       ({@link Cycles}, iterative Tarjan) and refused, and so is every module that needs them.
 * </ol>
 */
final class Closure {

  // Insertion-ordered (the walk's order, deterministic) or hashed for lookups only: a startup of
  // 100,000 modules must not pay a tree lookup per comparison.
  private final Map<ModuleName, SortedMap<ModuleName, List<Requirement>>> dependencies = new LinkedHashMap<>();
  private final Map<ModuleName, List<ModuleName>> starting = new HashMap<>();
  private final Map<ModuleName, ModuleName> reachedFrom = new HashMap<>();
  private final Map<ModuleName, Blocker> refused = new TreeMap<>();
  private final List<ModuleName> order = new ArrayList<>();

  private Closure() {}

  /**
   * The closure of {@code roots}; roots must be installed. {@code reachedFrom} keeps, for each
   * module that is not a root, the first module that pulled it in: the start of its cause chain.
   */
  static Closure of(Collection<ModuleName> roots, Loadability loadability, Facts facts, StateSnapshot state) {
    Closure closure = new Closure();
    closure.walk(roots, loadability, state);
    Set<ModuleName> placed = closure.sort(loadability, facts);
    closure.refuseCycles(loadability, placed);
    return closure;
  }

  private void walk(Collection<ModuleName> roots, Loadability loadability, StateSnapshot state) {
    Deque<ModuleName> work = new ArrayDeque<>();
    for (ModuleName root : roots) {
      if (!state.isRunning(root) && !dependencies.containsKey(root)) {
        dependencies.put(root, new TreeMap<>());
        work.add(root);
      }
    }
    while (!work.isEmpty()) {
      ModuleName module = work.poll();
      for (Loadability.Edge edge : loadability.edges(module)) {
        ModuleName provider = edge.provider();
        dependencies.get(module).computeIfAbsent(provider, k -> new ArrayList<>()).add(edge.need().requirement());
        if (!state.isRunning(provider) && !dependencies.containsKey(provider)) {
          dependencies.put(provider, new TreeMap<>());
          reachedFrom.put(provider, module);
          work.add(provider);
        }
      }
    }
  }

  /** Dependencies of {@code module} that are not running: the edges that order starts. */
  private List<ModuleName> startingDependencies(ModuleName module) {
    return starting.computeIfAbsent(module, key -> {
      List<ModuleName> found = new ArrayList<>();
      for (ModuleName dependency : dependencies.get(key).keySet()) {
        if (dependencies.containsKey(dependency)) {
          found.add(dependency);
        }
      }
      return List.copyOf(found);
    });
  }

  /**
   * What Kahn's algorithm could not place is on a cycle or needs one: Tarjan runs on that rest
   * only, so a startup without cycles never pays for it.
   */
  private void refuseCycles(Loadability loadability, Set<ModuleName> placed) {
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    for (ModuleName module : dependencies.keySet()) {
      if (!placed.contains(module)) {
        graph.put(module, startingDependencies(module).stream().filter(d -> !placed.contains(d)).toList());
      }
    }
    if (graph.isEmpty()) {
      return;
    }
    for (Cycles.Cycle cycle : Cycles.find(graph)) {
      for (ModuleName member : cycle.members()) {
        refused.put(member, loadability.blocker(member).orElse(new Blocker.OnCycle(cycle)));
      }
    }
    for (Map.Entry<ModuleName, List<ModuleName>> stuck : graph.entrySet()) {
      if (!refused.containsKey(stuck.getKey())) {
        ModuleName dependency = stuck.getValue().get(0);
        refused.put(stuck.getKey(), new Blocker.Needs(dependency, dependencies.get(stuck.getKey()).get(dependency).get(0)));
      }
    }
  }

  /** Kahn's algorithm; returns the modules it placed (started or refused for a reason of their own). */
  private Set<ModuleName> sort(Loadability loadability, Facts facts) {
    Map<ModuleName, Integer> waitingFor = new HashMap<>();
    Map<ModuleName, List<ModuleName>> dependents = new HashMap<>();
    Map<ModuleName, Integer> depth = new HashMap<>();
    Map<ModuleName, LoadPriority> priorities = new HashMap<>();
    dependencies.keySet().forEach(module -> priorities.put(module, priority(module, facts)));
    Comparator<ModuleName> byPriority = Comparator.comparing((ModuleName module) -> priorities.get(module))
        .thenComparing(Comparator.naturalOrder());
    PriorityQueue<ModuleName> ready = new PriorityQueue<>(byPriority);
    for (ModuleName module : dependencies.keySet()) {
      List<ModuleName> starting = startingDependencies(module);
      waitingFor.put(module, starting.size());
      starting.forEach(dependency -> dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(module));
      if (starting.isEmpty()) {
        ready.add(module);
      }
    }
    Set<ModuleName> placed = new HashSet<>();
    while (!ready.isEmpty()) {
      ModuleName module = ready.poll();
      placed.add(module);
      int moduleDepth = 1;
      for (ModuleName dependency : startingDependencies(module)) {
        moduleDepth = Math.max(moduleDepth, depth.get(dependency) + 1);
      }
      depth.put(module, moduleDepth);
      Optional<Blocker> blocker = blockerOf(module, loadability, moduleDepth, facts.limits().dependencyDepthMax());
      if (blocker.isPresent()) {
        refused.putIfAbsent(module, blocker.get());
      } else {
        order.add(module);
      }
      for (ModuleName dependent : dependents.getOrDefault(module, List.of())) {
        if (waitingFor.merge(dependent, -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    return placed;
  }

  private Optional<Blocker> blockerOf(ModuleName module, Loadability loadability, int depth, int depthMax) {
    Optional<Blocker> own = loadability.blocker(module);
    if (own.isPresent()) {
      return own;
    }
    for (Map.Entry<ModuleName, List<Requirement>> dependency : dependencies.get(module).entrySet()) {
      if (refused.containsKey(dependency.getKey())) {
        return Optional.of(new Blocker.Needs(dependency.getKey(), dependency.getValue().get(0)));
      }
    }
    return depth > depthMax ? Optional.of(new Blocker.TooDeep(depthMax)) : Optional.empty();
  }

  private static LoadPriority priority(ModuleName module, Facts facts) {
    return facts.catalog().find(module).map(CatalogEntry::manifest).map(m -> m.loadPriority()).orElse(LoadPriority.DEFAULT);
  }

  /** The modules to start, dependencies first, then by load priority, then name. */
  List<ModuleName> order() {
    return List.copyOf(order);
  }

  /** Every module of the closure that cannot load, by name. */
  SortedMap<ModuleName, Blocker> refused() {
    return new TreeMap<>(refused);
  }

  /** What {@code module} needs, provider by provider (running providers included), by name. */
  SortedMap<ModuleName, List<Requirement>> dependenciesOf(ModuleName module) {
    return dependencies.getOrDefault(module, new TreeMap<>());
  }

  /** The module whose need first pulled {@code module} in; empty for a root. */
  Optional<ModuleName> reachedFrom(ModuleName module) {
    return Optional.ofNullable(reachedFrom.get(module));
  }
}
