package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.observe.Observation;

/**
 * Fidelity: each operation does what its plan said, and its plan is what its dry run said. Only
 * the four steps that change a lib or an instance are compared, each with its event: OpenLib
 * with LibOpened, StartInstance with InstanceStarting, StopInstance with InstanceStopping,
 * CloseLib with LibClosed, matched per module, each event used once.
 *
 * <ul>
 *   <li>{@code unplanned-step}: such an event in an operation's window that no plan of the window
 *       (the first or a re-plan) has a step for, or such an event before any operation.
 *   <li>{@code planned-step-missing}: in a window known to have finished, a step of its last plan
 *       with no event after that plan, unless {@link Skips} excuses it (a stop or close the engine
 *       rightly skipped because someone still holds). An open or start is never excused: a
 *       failure re-plans instead.
 *   <li>{@code unexplained-replan}: a re-plan with no failure before it: no InstanceFailed, no
 *       map-failed, no refused module the facts say is tampered whose open did not happen.
 *   <li>{@code dry-run-differs}: the dry run taken for an operation differs from the first plan
 *       decided for it, though no event changed the state in between.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FidelityOracle implements LedgerWalk.Walking {

  @Override
  public List<Violation> check(Trace trace) {
    return LedgerWalk.judge(this, trace);
  }

  @Override
  public LedgerWalk.Part part(Trace trace, List<OperationWindows.Window> windows) {
    List<Violation> found = new ArrayList<>();
    for (Trace.Entry entry : trace.entries().subList(0, OperationWindows.firstIndex(windows, trace.entries().size()))) {
      StepKey.of(entry).ifPresent(key -> found.add(new Violation.Fidelity(Violation.Fidelity.Kind.UNPLANNED_STEP,
          entry.stepIndex(), List.of(key.module()), key + " happened outside any operation", new Chain().entry(entry).lines())));
    }
    return new LedgerWalk.Part() {
      private int next;

      @Override
      public void at(int appliedCount, Ledger ledger) {
        while (next < windows.size() && windows.get(next).endIndex() <= appliedCount) {
          OperationWindows.Window window = windows.get(next++);
          unplanned(trace, window, found);
          if (window.complete()) {
            missing(trace, window, ledger, found);
          }
          replans(trace, window, found);
        }
      }

      @Override
      public List<Violation> found() {
        DryRuns.check(trace, found);
        found.sort(Violation.ORDER);
        return List.copyOf(found);
      }
    };
  }

  private static void unplanned(Trace trace, OperationWindows.Window window, List<Violation> found) {
    Map<StepKey, Integer> planned = new TreeMap<>();
    for (Trace.EventEntry plan : window.plans()) {
      for (PlanStep step : OperationWindows.Window.plan(plan).steps()) {
        StepKey.of(step).ifPresent(key -> planned.merge(key, 1, Integer::sum));
      }
    }
    for (Trace.Entry entry : trace.entries().subList(window.firstIndex(), window.endIndex())) {
      Optional<StepKey> key = StepKey.of(entry);
      if (key.isEmpty()) {
        continue;
      }
      if (planned.getOrDefault(key.get(), 0) > 0) {
        planned.merge(key.get(), -1, Integer::sum);
        continue;
      }
      found.add(new Violation.Fidelity(Violation.Fidelity.Kind.UNPLANNED_STEP, entry.stepIndex(),
          List.of(key.get().module()), key.get() + " happened in `" + EntryText.operation(window.operation())
              + "`, whose plans have no such step",
          new Chain().entries(window.plans()).entry(entry).lines()));
    }
  }

  private static void missing(Trace trace, OperationWindows.Window window, Ledger ledger, List<Violation> found) {
    Trace.EventEntry planEntry = window.finalPlanEntry();
    Plan plan = OperationWindows.Window.plan(planEntry);
    List<Trace.Entry> after = trace.entries().subList(planEntry.index() + 1, window.endIndex());
    Map<StepKey, Integer> happened = new TreeMap<>();
    after.forEach(entry -> StepKey.of(entry).ifPresent(key -> happened.merge(key, 1, Integer::sum)));
    for (PlanStep step : plan.steps()) {
      Optional<StepKey> key = StepKey.of(step);
      if (key.isEmpty()) {
        continue;
      }
      if (happened.getOrDefault(key.get(), 0) > 0) {
        happened.merge(key.get(), -1, Integer::sum);
        continue;
      }
      if (Skips.excused(key.get(), plan, after, ledger)) {
        continue;
      }
      Chain chain = new Chain().entry(planEntry);
      ledger.find(step.module()).ifPresent(state -> chain.entry(state.phaseEntry).entry(state.libEntry));
      chain.fact("planned: " + key.get() + " because " + step.because());
      found.add(new Violation.Fidelity(Violation.Fidelity.Kind.PLANNED_STEP_MISSING, planEntry.stepIndex(),
          List.of(step.module()), "the plan of `" + EntryText.operation(plan.operation()) + "` had " + key.get()
              + ", which did not happen", chain.lines()));
    }
  }

  private static void replans(Trace trace, OperationWindows.Window window, List<Violation> found) {
    for (int i = 1; i < window.plans().size(); i++) {
      Trace.EventEntry before = window.plans().get(i - 1);
      Trace.EventEntry replan = window.plans().get(i);
      List<Trace.Entry> between = trace.entries().subList(before.index() + 1, replan.index());
      if (explained(between, OperationWindows.Window.plan(before), OperationWindows.Window.plan(replan), trace.facts())) {
        continue;
      }
      List<ModuleName> refused = OperationWindows.Window.plan(replan).refusals().stream().map(r -> r.module()).toList();
      Chain chain = new Chain().entry(before).entry(replan);
      OperationWindows.Window.plan(replan).refusals().forEach(refusal -> chain.fact("refused " + refusal));
      found.add(new Violation.Fidelity(Violation.Fidelity.Kind.UNEXPLAINED_REPLAN, replan.stepIndex(), refused,
          "`" + EntryText.operation(window.operation()) + "` was planned again with no failure to explain it",
          chain.lines()));
    }
  }

  /** A failure the world or the engine showed between two plans of one operation. */
  private static boolean explained(List<Trace.Entry> between, Plan before, Plan replan, WorldFacts facts) {
    for (Trace.Entry entry : between) {
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.InstanceFailed) {
        return true;
      }
      if (entry instanceof Trace.ObservedEntry observed && observed.observation() instanceof Observation.MapFailed) {
        return true;
      }
    }
    for (var refusal : replan.refusals()) {
      StepKey open = new StepKey(StepKey.OPEN, refusal.module());
      boolean planned = before.steps().stream().map(StepKey::of).anyMatch(key -> key.filter(open::equals).isPresent());
      boolean opened = between.stream().map(StepKey::of).anyMatch(key -> key.filter(open::equals).isPresent());
      if (facts.tampered().contains(refusal.module()) && planned && !opened) {
        return true;
      }
    }
    return false;
  }
}
