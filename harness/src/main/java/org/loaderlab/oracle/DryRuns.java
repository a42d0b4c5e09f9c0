package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;

/**
 * The dry-run half of fidelity: the plan the engine decides for an operation is the plan its dry
 * run showed, unless the state changed between the two (an event other than a plan or a
 * refusal came in between), which makes the dry run stale, not wrong.
 */
final class DryRuns {

  private DryRuns() {}

  static void check(Trace trace, List<Violation> found) {
    List<Trace.EventEntry> decisions = decisions(trace);
    for (Trace.OperationRun run : trace.operations()) {
      if (run.dryRun().isEmpty()) {
        continue;
      }
      Optional<Trace.EventEntry> decided = firstDecided(decisions, run);
      if (decided.isEmpty()) {
        continue;
      }
      Plan plan = ((LifecycleEvent.PlanDecided) decided.get().event()).plan();
      Plan dryRun = run.dryRun().get();
      if (plan.equals(dryRun) || stateChanged(trace, run.afterSequence(), decided.get().event().sequence())) {
        continue;
      }
      found.add(new Violation.Fidelity(Violation.Fidelity.Kind.DRY_RUN_DIFFERS, decided.get().stepIndex(),
          modules(run.operation(), plan, dryRun), "the dry run of `" + EntryText.operation(run.operation())
              + "` differs from the plan decided: " + difference(dryRun, plan),
          new Chain().entry(decided.get()).fact("dry run: " + EntryText.plan(dryRun)).lines()));
    }
  }

  /** The PlanDecided entries in trace order: each operation looks for its own among these, not the whole trace. */
  private static List<Trace.EventEntry> decisions(Trace trace) {
    List<Trace.EventEntry> decisions = new ArrayList<>();
    for (Trace.Entry entry : trace.entries()) {
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.PlanDecided) {
        decisions.add(event);
      }
    }
    return decisions;
  }

  private static Optional<Trace.EventEntry> firstDecided(List<Trace.EventEntry> decisions, Trace.OperationRun run) {
    for (Trace.EventEntry event : decisions) {
      if (event.event().sequence() > run.afterSequence()
          && ((LifecycleEvent.PlanDecided) event.event()).plan().operation().equals(run.operation())) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }

  private static boolean stateChanged(Trace trace, long afterSequence, long decidedSequence) {
    for (Trace.Entry entry : trace.entries()) {
      if (entry instanceof Trace.EventEntry event && event.event().sequence() > afterSequence
          && event.event().sequence() < decidedSequence && !(event.event() instanceof LifecycleEvent.PlanDecided)
          && !(event.event() instanceof LifecycleEvent.LoadRefused)) {
        return true;
      }
    }
    return false;
  }

  /** The first difference, in words: a step, the step count, the refusals, or who is waited for. */
  static String difference(Plan dryRun, Plan decided) {
    int shared = Math.min(dryRun.steps().size(), decided.steps().size());
    for (int i = 0; i < shared; i++) {
      if (!dryRun.steps().get(i).equals(decided.steps().get(i))) {
        return "step " + (i + 1) + " is " + describe(dryRun.steps().get(i)) + " in the dry run, "
            + describe(decided.steps().get(i)) + " in the plan";
      }
    }
    if (dryRun.steps().size() != decided.steps().size()) {
      return "the dry run has " + dryRun.steps().size() + " steps, the plan " + decided.steps().size();
    }
    if (!dryRun.refusals().equals(decided.refusals())) {
      return "the dry run refuses " + dryRun.refusals() + ", the plan " + decided.refusals();
    }
    return "the dry run waits for " + dryRun.waiting() + ", the plan for " + decided.waiting();
  }

  private static String describe(PlanStep step) {
    return step.getClass().getSimpleName() + " " + step.module();
  }

  private static List<ModuleName> modules(Operation operation, Plan plan, Plan dryRun) {
    List<ModuleName> modules = new ArrayList<>();
    int shared = Math.min(dryRun.steps().size(), plan.steps().size());
    for (int i = 0; i < shared; i++) {
      if (!dryRun.steps().get(i).equals(plan.steps().get(i))) {
        modules.add(dryRun.steps().get(i).module());
        if (!plan.steps().get(i).module().equals(dryRun.steps().get(i).module())) {
          modules.add(plan.steps().get(i).module());
        }
        return modules;
      }
    }
    if (operation instanceof Operation.Load load) {
      modules.add(load.module());
    } else if (operation instanceof Operation.Unload unload) {
      modules.add(unload.module());
    }
    return modules;
  }
}
