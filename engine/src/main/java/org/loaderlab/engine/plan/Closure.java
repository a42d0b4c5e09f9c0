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
import java.util.TreeSet;
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
 *   <li>Find the cycles of that subgraph ({@link Cycles}, iterative Tarjan).
 *   <li>Kahn's algorithm with a priority queue: a module is ready when its dependencies are
 *       placed; ready modules go by {@link LoadPriority}, then name. O(n log n).
 *   <li>A module is refused when it is blocked ({@link Loadability}), on a cycle, needs a refused
 *       module, or ends a dependency chain longer than {@code dependencyDepthMax}.
 * </ol>
 */
final class Closure {

  private final Map<ModuleName, SortedMap<ModuleName, List<Requirement>>> dependencies = new TreeMap<>();
  private final Map<ModuleName, ModuleName> reachedFrom = new TreeMap<>();
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
    closure.refuseCycles(loadability);
    closure.sort(loadability, facts);
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
    List<ModuleName> starting = new ArrayList<>();
    for (ModuleName dependency : dependencies.get(module).keySet()) {
      if (dependencies.containsKey(dependency)) {
        starting.add(dependency);
      }
    }
    return starting;
  }

  private void refuseCycles(Loadability loadability) {
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    dependencies.keySet().forEach(module -> graph.put(module, startingDependencies(module)));
    for (Cycles.Cycle cycle : Cycles.find(graph)) {
      for (ModuleName member : cycle.members()) {
        refused.put(member, loadability.blocker(member).orElse(new Blocker.OnCycle(cycle)));
      }
    }
  }

  private void sort(Loadability loadability, Facts facts) {
    Map<ModuleName, Integer> waitingFor = new TreeMap<>();
    Map<ModuleName, List<ModuleName>> dependents = new TreeMap<>();
    Map<ModuleName, Integer> depth = new TreeMap<>();
    Comparator<ModuleName> byPriority = Comparator.comparing((ModuleName module) -> priority(module, facts))
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
    TreeSet<ModuleName> placed = new TreeSet<>();
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
    for (ModuleName module : dependencies.keySet()) {
      if (!placed.contains(module) && !refused.containsKey(module)) {
        ModuleName stuck = startingDependencies(module).stream().filter(d -> !placed.contains(d)).findFirst().orElseThrow();
        refused.put(module, new Blocker.Needs(stuck, dependencies.get(module).get(stuck).get(0)));
      }
    }
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

  /** Every module that starts or is refused, with the order of the walk irrelevant: by name. */
  Map<ModuleName, Boolean> members() {
    Map<ModuleName, Boolean> members = new LinkedHashMap<>();
    dependencies.keySet().forEach(module -> members.put(module, !refused.containsKey(module)));
    return members;
  }
}
