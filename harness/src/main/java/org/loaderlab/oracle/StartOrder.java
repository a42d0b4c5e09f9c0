package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.plan.Operation;

/**
 * The load_priority rule of startup. Among the modules one startup started, in the order their
 * InstanceStarting events came, a module is <em>ready</em> once every module of this startup
 * that meets one of its needs has started; from then on, no module with a higher load_priority
 * value may start before it. That is exactly the freedom Kahn's algorithm with a priority queue
 * has (ties between equal priorities may go either way); a pairwise rule would blame orders that
 * dependencies force. Each module started too late is reported once, at the first start that
 * jumped it.
 *
 * <p>Linear in the starts: for each priority level, a count of the starts above it so far and the
 * next start above it from each position, so a startup of thousands of modules is checked in
 * thirteen passes rather than a pass per module.
 */
final class StartOrder {

  private static final LoadPriority[] LEVELS = LoadPriority.values();

  private StartOrder() {}

  /** The violations of {@code trace}, whose operation windows are {@code windows}. */
  static List<Violation> check(Trace trace, List<OperationWindows.Window> windows, Dependencies dependencies) {
    List<Violation> found = new ArrayList<>();
    for (OperationWindows.Window window : windows) {
      if (window.operation() instanceof Operation.Startup) {
        found.addAll(checkWindow(trace, window, dependencies));
      }
    }
    found.sort(Violation.ORDER);
    return found;
  }

  private static List<Violation> checkWindow(Trace trace, OperationWindows.Window window, Dependencies dependencies) {
    Map<ModuleName, Trace.Entry> starts = new LinkedHashMap<>();
    for (Trace.Entry entry : trace.entries().subList(window.firstIndex(), window.endIndex())) {
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.InstanceStarting) {
        starts.putIfAbsent(event.event().module(), entry);
      }
    }
    List<ModuleName> order = List.copyOf(starts.keySet());
    Map<ModuleName, Integer> positions = new TreeMap<>();
    for (int i = 0; i < order.size(); i++) {
      positions.put(order.get(i), i);
    }
    Above above = new Above(order, dependencies);
    List<Violation> found = new ArrayList<>();
    for (int position = 0; position < order.size(); position++) {
      ModuleName late = order.get(position);
      LoadPriority latePriority = dependencies.priority(late);
      int ready = readyFrom(late, position, positions, dependencies);
      int jumpedCount = above.count(latePriority, ready, position);
      if (jumpedCount == 0) {
        continue;
      }
      ModuleName first = order.get(above.next(latePriority, ready));
      LoadPriority firstPriority = dependencies.priority(first);
      Trace.Entry entry = starts.get(first);
      found.add(new Violation.Ordering(Violation.Ordering.Kind.LOAD_PRIORITY_IGNORED, entry.stepIndex(),
          List.of(late, first),
          late + " (" + latePriority.configName() + ") was ready but started after " + jumpedCount
              + " module(s) of higher load_priority, the first " + first + " (" + firstPriority.configName() + ")",
          new Chain().entry(entry).entry(starts.get(late))
              .fact("load_priority " + late + "=" + latePriority.configName() + " (" + latePriority.value() + "), "
                  + first + "=" + firstPriority.configName() + " (" + firstPriority.value() + ")")
              .lines()));
    }
    return found;
  }

  /** The position from which {@code module} was ready: one past the last of its providers this startup started. */
  private static int readyFrom(ModuleName module, int position, Map<ModuleName, Integer> positions,
      Dependencies dependencies) {
    int ready = 0;
    for (Requirement need : dependencies.needs(module)) {
      for (ModuleName provider : dependencies.providers(need)) {
        Integer at = positions.get(provider);
        if (at != null && !provider.equals(module)) {
          ready = Math.max(ready, at + 1);
        }
      }
    }
    return Math.min(ready, position);
  }

  /** For each priority level, which starts rank above it (a higher value), counted and found by position. */
  private static final class Above {
    /** {@code counts[level][i]}: starts among the first {@code i} with a value above the level's. */
    private final int[][] counts;
    /** {@code next[level][i]}: the first start at or after {@code i} above the level; the size if none. */
    private final int[][] next;

    Above(List<ModuleName> order, Dependencies dependencies) {
      int size = order.size();
      counts = new int[LEVELS.length][size + 1];
      next = new int[LEVELS.length][size + 1];
      for (int level = 0; level < LEVELS.length; level++) {
        int bar = LEVELS[level].value();
        for (int i = 0; i < size; i++) {
          counts[level][i + 1] = counts[level][i] + (dependencies.priority(order.get(i)).value() > bar ? 1 : 0);
        }
        next[level][size] = size;
        for (int i = size - 1; i >= 0; i--) {
          next[level][i] = dependencies.priority(order.get(i)).value() > bar ? i : next[level][i + 1];
        }
      }
    }

    int count(LoadPriority priority, int from, int to) {
      return counts[priority.ordinal()][to] - counts[priority.ordinal()][from];
    }

    int next(LoadPriority priority, int from) {
      return next[priority.ordinal()][from];
    }
  }
}
