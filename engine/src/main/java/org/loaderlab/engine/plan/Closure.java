package org.loaderlab.engine.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
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

  /** One module of the closure, numbered in walk order so the sort runs on arrays. */
  private static final class Node {
    final int index;
    final ModuleName name;
    /**
     * What it needs, provider by provider (running providers included), sorted by provider
     * name: a short list, searched in place, where a tree per module cost more than it saved.
     */
    List<Dependency> dependencies = List.of();
    /** The node of each of {@link #dependencies}, in the same order; null for a running provider. */
    List<Node> providers = List.of();
    /** The module whose need first pulled it in; null for a root. */
    ModuleName reachedFrom;
    /** The nodes of its dependencies that are not running, in name order: the edges that order starts. */
    int[] starting;

    Node(int index, ModuleName name) {
      this.index = index;
      this.name = name;
    }
  }

  private static final int[] NONE = new int[0];

  // The walk's order (deterministic) in a list, a hash map for lookups only: a startup of
  // 100,000 modules must not pay a tree lookup per comparison.
  private final List<Node> nodes = new ArrayList<>();
  private final Map<ModuleName, Node> byName = new HashMap<>();
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
    closure.link();
    boolean[] placed = closure.sort(loadability, facts);
    closure.refuseCycles(loadability, placed);
    return closure;
  }

  private Node add(ModuleName module) {
    Node node = new Node(nodes.size(), module);
    nodes.add(node);
    byName.put(module, node);
    return node;
  }

  private void walk(Collection<ModuleName> roots, Loadability loadability, StateSnapshot state) {
    for (ModuleName root : roots) {
      if (!state.isRunning(root) && !byName.containsKey(root)) {
        add(root);
      }
    }
    // The node list is the worklist: nodes are taken in the order they were added.
    for (int next = 0; next < nodes.size(); next++) {
      Node node = nodes.get(next);
      List<Loadability.Edge> edges = loadability.edges(node.name);
      if (!edges.isEmpty()) {
        node.dependencies = new ArrayList<>(edges.size());
        node.providers = new ArrayList<>(edges.size());
      }
      for (Loadability.Edge edge : edges) {
        ModuleName provider = edge.provider();
        Node known = byName.get(provider);
        if (known == null && !state.isRunning(provider)) {
          known = add(provider);
          known.reachedFrom = node.name;
        }
        addDependency(node, provider, known, edge.need().requirement());
      }
    }
  }

  /**
   * Adds {@code requirement} of {@code provider} (whose node is {@code known}, null when it
   * runs), keeping the list sorted by provider and the first provider's name.
   */
  private static void addDependency(Node node, ModuleName provider, Node known, Requirement requirement) {
    List<Dependency> dependencies = node.dependencies;
    int at = 0;
    for (; at < dependencies.size(); at++) {
      int order = dependencies.get(at).provider().compareTo(provider);
      if (order == 0) {
        dependencies.set(at, dependencies.get(at).with(requirement));
        return;
      }
      if (order > 0) {
        break;
      }
    }
    dependencies.add(at, new Dependency(provider, List.of(requirement)));
    node.providers.add(at, known);
  }

  /** The first requirement {@code node} has of {@code provider}, which it needs. */
  private static Requirement firstRequirement(Node node, ModuleName provider) {
    for (Dependency dependency : node.dependencies) {
      if (dependency.provider().equals(provider)) {
        return dependency.requirements().get(0);
      }
    }
    throw new IllegalStateException(node.name + " does not need " + provider);
  }

  /** Numbers each node's starting dependencies, once the walk knows every node. */
  private void link() {
    for (Node node : nodes) {
      int[] starting = new int[node.dependencies.size()];
      int count = 0;
      for (Node provider : node.providers) {
        if (provider != null) {
          starting[count++] = provider.index;
        }
      }
      node.starting = count == 0 ? NONE : java.util.Arrays.copyOf(starting, count);
    }
  }

  /**
   * What Kahn's algorithm could not place is on a cycle or needs one: Tarjan runs on that rest
   * only, so a startup without cycles never pays for it.
   */
  private void refuseCycles(Loadability loadability, boolean[] placed) {
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    for (Node node : nodes) {
      if (!placed[node.index]) {
        List<ModuleName> stuck = new ArrayList<>();
        for (int dependency : node.starting) {
          if (!placed[dependency]) {
            stuck.add(nodes.get(dependency).name);
          }
        }
        graph.put(node.name, List.copyOf(stuck));
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
        refused.put(stuck.getKey(), new Blocker.Needs(dependency, firstRequirement(byName.get(stuck.getKey()), dependency)));
      }
    }
  }

  /**
   * Kahn's algorithm on node numbers; returns which nodes it placed (started or refused for a
   * reason of their own).
   */
  private boolean[] sort(Loadability loadability, Facts facts) {
    int count = nodes.size();
    int[] priority = new int[count];
    int[] waitingFor = new int[count];
    int[] dependentCount = new int[count];
    for (Node node : nodes) {
      priority[node.index] = priority(node.name, facts).ordinal();
      waitingFor[node.index] = node.starting.length;
      for (int dependency : node.starting) {
        dependentCount[dependency]++;
      }
    }
    // Dependents of each node, in walk order of the dependent, as one array cut in slices.
    int[] dependentsStart = new int[count + 1];
    for (int index = 0; index < count; index++) {
      dependentsStart[index + 1] = dependentsStart[index] + dependentCount[index];
    }
    int[] dependents = new int[dependentsStart[count]];
    int[] filled = java.util.Arrays.copyOf(dependentsStart, count);
    for (Node node : nodes) {
      for (int dependency : node.starting) {
        dependents[filled[dependency]++] = node.index;
      }
    }
    List<ModuleName> names = new ArrayList<>(count);
    nodes.forEach(node -> names.add(node.name));
    int[] rank = ReadyRanks.of(names, priority);
    PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparingInt((Integer index) -> rank[index]));
    for (int index = 0; index < count; index++) {
      if (waitingFor[index] == 0) {
        ready.add(index);
      }
    }
    boolean[] placed = new boolean[count];
    int[] depth = new int[count];
    int depthMax = facts.limits().dependencyDepthMax();
    while (!ready.isEmpty()) {
      int index = ready.poll();
      Node node = nodes.get(index);
      placed[index] = true;
      int nodeDepth = 1;
      for (int dependency : node.starting) {
        nodeDepth = Math.max(nodeDepth, depth[dependency] + 1);
      }
      depth[index] = nodeDepth;
      Optional<Blocker> blocker = blockerOf(node, loadability, nodeDepth, depthMax);
      if (blocker.isPresent()) {
        refused.putIfAbsent(node.name, blocker.get());
      } else {
        order.add(node.name);
      }
      for (int slot = dependentsStart[index]; slot < dependentsStart[index + 1]; slot++) {
        int dependent = dependents[slot];
        if (--waitingFor[dependent] == 0) {
          ready.add(dependent);
        }
      }
    }
    return placed;
  }

  private Optional<Blocker> blockerOf(Node node, Loadability loadability, int depth, int depthMax) {
    Optional<Blocker> own = loadability.blocker(node.name);
    if (own.isPresent()) {
      return own;
    }
    if (!refused.isEmpty()) {
      for (Dependency dependency : node.dependencies) {
        if (refused.containsKey(dependency.provider())) {
          return Optional.of(new Blocker.Needs(dependency.provider(), dependency.requirements().get(0)));
        }
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

  /** What {@code module} needs, provider by provider (running providers included), by name; unmodifiable. */
  List<Dependency> dependenciesOf(ModuleName module) {
    Node node = byName.get(module);
    return node == null ? List.of() : java.util.Collections.unmodifiableList(node.dependencies);
  }

  /** The module whose need first pulled {@code module} in; empty for a root. */
  Optional<ModuleName> reachedFrom(ModuleName module) {
    Node node = byName.get(module);
    return Optional.ofNullable(node == null ? null : node.reachedFrom);
  }
}
