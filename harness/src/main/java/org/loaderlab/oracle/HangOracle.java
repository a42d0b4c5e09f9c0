package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.sim.RunResult;

/**
 * Hangs, from the simulator's own account of each run: a run never ends in a spin, it ends in a
 * result that says so.
 *
 * <ul>
 *   <li>{@code step-budget-exceeded}: a run ended {@link RunResult.Kind#HANG}, tasks still able
 *       to run after {@code stepsMax} steps (a livelock or a runaway).
 *   <li>{@code deadlock}: a run ended {@link RunResult.Kind#BLOCKED}, every task left waiting on a
 *       condition that stays false.
 * </ul>
 * Each names the module of the last operation decided before it, if it is about one, and chains
 * that operation's PlanDecided with one line per task still alive.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HangOracle implements Oracle {

  @Override
  public List<Violation> check(Trace trace) {
    List<Violation> found = new ArrayList<>();
    for (RunResult run : trace.runs()) {
      if (!run.isHang()) {
        continue;
      }
      Trace.EventEntry lastPlan = lastPlanBefore(trace, run.stepIndex());
      List<ModuleName> modules = new ArrayList<>();
      Chain chain = new Chain().entry(lastPlan);
      if (lastPlan != null) {
        Operation operation = ((LifecycleEvent.PlanDecided) lastPlan.event()).plan().operation();
        if (operation instanceof Operation.Load || operation instanceof Operation.Unload
            || operation instanceof Operation.Reload || operation instanceof Operation.Stop) {
          modules.add(lastPlan.event().module());
        }
        chain.fact("last operation decided: " + EntryText.operation(operation));
      }
      run.aliveTasks().forEach(task -> chain.fact("alive: " + task.name() + " " + task.detail()));
      boolean budget = run.kind() == RunResult.Kind.HANG;
      String message = budget
          ? "the run took " + run.stepCount() + " steps, its budget, with " + run.aliveTasks().size()
              + " task(s) still able to run"
          : "no task can ever run again: " + run.aliveTasks().size() + " task(s) wait on conditions that stay false";
      found.add(new Violation.Hang(budget ? Violation.Hang.Kind.STEP_BUDGET_EXCEEDED : Violation.Hang.Kind.DEADLOCK,
          run.stepIndex(), modules, message, chain.lines()));
    }
    found.sort(Violation.ORDER);
    return List.copyOf(found);
  }

  private static Trace.EventEntry lastPlanBefore(Trace trace, long stepIndex) {
    Trace.EventEntry last = null;
    for (Trace.Entry entry : trace.entries()) {
      if (entry.stepIndex() > stepIndex) {
        break;
      }
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.PlanDecided) {
        last = event;
      }
    }
    return last;
  }
}
