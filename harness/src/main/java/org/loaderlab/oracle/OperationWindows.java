package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/**
 * Splits a trace into operations. The engine runs operations one at a time and announces each
 * with a PlanDecided, so an operation's window runs from its PlanDecided to the next one that is
 * not its own re-plan. Every lib and instance transition belongs to the window it falls in; holds
 * that channels and callers take meanwhile fall in it too, by position.
 *
 * <p>A re-plan is told from a new operation by what it is: the same operation, a load or a
 * startup (nothing else can fail mid-way), refusing a module the plan before it had a step for
 * (the one that failed). A second {@code load x} after a failed one plans x's steps again rather
 * than refusing it, so the two do not mix.
 */
final class OperationWindows {

  /**
   * One operation.
   *
   * @param plans its PlanDecided entries: the first, then each re-plan
   * @param endIndex one past its last entry: the next window's first, or the trace's end
   * @param complete whether it surely finished: another operation followed, or the world was
   *     quiet after it began
   */
  record Window(int firstIndex, int endIndex, List<Trace.EventEntry> plans, boolean complete) {
    Window {
      plans = List.copyOf(plans);
    }

    Operation operation() {
      return plan(plans.get(0)).operation();
    }

    Trace.EventEntry finalPlanEntry() {
      return plans.get(plans.size() - 1);
    }

    static Plan plan(Trace.EventEntry entry) {
      return ((LifecycleEvent.PlanDecided) entry.event()).plan();
    }
  }

  private OperationWindows() {}

  /** The windows of {@code trace}, in order; entries before the first PlanDecided belong to none. */
  static List<Window> of(Trace trace) {
    List<Trace.Entry> entries = trace.entries();
    List<Integer> starts = new ArrayList<>();
    List<List<Trace.EventEntry>> plans = new ArrayList<>();
    for (Trace.Entry entry : entries) {
      if (!(entry instanceof Trace.EventEntry event) || !(event.event() instanceof LifecycleEvent.PlanDecided decided)) {
        continue;
      }
      if (!plans.isEmpty() && isReplan(plans.get(plans.size() - 1), decided.plan())) {
        plans.get(plans.size() - 1).add(event);
      } else {
        starts.add(entry.index());
        plans.add(new ArrayList<>(List.of(event)));
      }
    }
    int lastCheckpoint = trace.checkpoints().isEmpty() ? -1
        : trace.checkpoints().get(trace.checkpoints().size() - 1).entryCount();
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      boolean last = i == starts.size() - 1;
      int end = last ? entries.size() : starts.get(i + 1);
      boolean complete = !last || lastCheckpoint > starts.get(i);
      windows.add(new Window(starts.get(i), end, plans.get(i), complete));
    }
    return List.copyOf(windows);
  }

  /** Where the first window begins: entries before it happened outside any operation. */
  static int firstIndex(List<Window> windows, int entryCount) {
    return windows.isEmpty() ? entryCount : windows.get(0).firstIndex();
  }

  private static boolean isReplan(List<Trace.EventEntry> sofar, Plan next) {
    Plan previous = Window.plan(sofar.get(sofar.size() - 1));
    Operation operation = previous.operation();
    boolean canFail = operation instanceof Operation.Load || operation instanceof Operation.Startup;
    if (!canFail || !operation.equals(next.operation())) {
      return false;
    }
    Set<ModuleName> stepModules = new TreeSet<>();
    for (PlanStep step : previous.steps()) {
      stepModules.add(step.module());
      if (step instanceof PlanStep.Hold hold && hold.holder().kind() == HolderKind.DEPENDENT) {
        ModuleName.parse(hold.holder().id()).ifPresent(stepModules::add);
      }
    }
    for (Refusal refusal : next.refusals()) {
      if (stepModules.contains(refusal.module())) {
        return true;
      }
    }
    return false;
  }
}
