package org.loaderlab.engine.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Finds the dependency cycles of a module graph, without recursion (Tarjan's algorithm on an
 * explicit stack), so a hostile catalog of any depth cannot overflow the stack.
 *
 * <p>Each cycle is reported once, as a path that starts at its smallest module name and follows
 * the smallest next member, so the same graph always yields the same text.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Cycles {

  private Cycles() {}

  /**
   * One cycle: a path that returns to its first module, and every module caught in the same knot
   * (a strongly connected component may hold more modules than the printed path).
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public record Cycle(List<ModuleName> path, java.util.SortedSet<ModuleName> members) {
    public Cycle {
      path = List.copyOf(path);
      members = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    /** {@code a -> b -> a}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      path.forEach(module -> text.append(module).append(" -> "));
      return text.append(path.get(0)).toString();
    }
  }

  /**
   * The cycles of {@code graph} (module → modules it depends on), one per strongly connected
   * component; a module depending on itself is a cycle of one. Sorted by first module.
   */
  public static List<Cycle> find(Map<ModuleName, ? extends List<ModuleName>> graph) {
    SortedMap<ModuleName, List<ModuleName>> sorted = new TreeMap<>();
    graph.forEach((module, targets) -> sorted.put(module, new ArrayList<>(new TreeSet<>(targets))));
    List<Cycle> cycles = new ArrayList<>();
    for (TreeSet<ModuleName> component : stronglyConnected(sorted)) {
      ModuleName first = component.first();
      boolean selfLoop = sorted.getOrDefault(first, List.of()).contains(first);
      if (component.size() > 1 || selfLoop) {
        cycles.add(new Cycle(pathThrough(component, sorted), component));
      }
    }
    cycles.sort((a, b) -> a.path().get(0).compareTo(b.path().get(0)));
    return List.copyOf(cycles);
  }

  /** Tarjan's strongly connected components, iteratively. */
  private static List<TreeSet<ModuleName>> stronglyConnected(SortedMap<ModuleName, List<ModuleName>> graph) {
    Map<ModuleName, Integer> index = new TreeMap<>();
    Map<ModuleName, Integer> lowLink = new TreeMap<>();
    Deque<ModuleName> stack = new ArrayDeque<>();
    java.util.Set<ModuleName> onStack = new TreeSet<>();
    List<TreeSet<ModuleName>> components = new ArrayList<>();
    int counter = 0;
    for (ModuleName root : graph.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Frame> frames = new ArrayDeque<>();
      frames.push(new Frame(root));
      index.put(root, counter);
      lowLink.put(root, counter);
      counter++;
      stack.push(root);
      onStack.add(root);
      while (!frames.isEmpty()) {
        Frame frame = frames.peek();
        List<ModuleName> targets = graph.getOrDefault(frame.module, List.of());
        if (frame.next < targets.size()) {
          ModuleName target = targets.get(frame.next++);
          if (!index.containsKey(target)) {
            index.put(target, counter);
            lowLink.put(target, counter);
            counter++;
            stack.push(target);
            onStack.add(target);
            frames.push(new Frame(target));
          } else if (onStack.contains(target)) {
            lowLink.put(frame.module, Math.min(lowLink.get(frame.module), index.get(target)));
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          ModuleName parent = frames.peek().module;
          lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(frame.module)));
        }
        if (lowLink.get(frame.module).equals(index.get(frame.module))) {
          TreeSet<ModuleName> component = new TreeSet<>();
          ModuleName member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(frame.module));
          components.add(component);
        }
      }
    }
    return components;
  }

  /**
   * The shortest cycle from the component's smallest member back to it (breadth first, smaller
   * names first), so the path printed is a real cycle and always the same one.
   */
  private static List<ModuleName> pathThrough(TreeSet<ModuleName> component, Map<ModuleName, List<ModuleName>> graph) {
    ModuleName start = component.first();
    Map<ModuleName, ModuleName> cameFrom = new TreeMap<>();
    Deque<ModuleName> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      ModuleName current = queue.poll();
      for (ModuleName target : graph.getOrDefault(current, List.of())) {
        if (target.equals(start)) {
          List<ModuleName> path = new ArrayList<>();
          for (ModuleName step = current; step != null; step = cameFrom.get(step)) {
            path.add(0, step);
          }
          return List.copyOf(path);
        }
        if (component.contains(target) && !cameFrom.containsKey(target)) {
          cameFrom.put(target, current);
          queue.add(target);
        }
      }
    }
    throw new IllegalStateException("strongly connected component without a cycle through " + start);
  }

  private static final class Frame {
    private final ModuleName module;
    private int next;

    Frame(ModuleName module) {
      this.module = module;
    }
  }
}
