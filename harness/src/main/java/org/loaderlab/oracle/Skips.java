package org.loaderlab.oracle;

import java.util.List;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;

/**
 * When a planned stop or close that did not happen was rightly skipped. The engine checks, before
 * each stop or close, that nothing holds the instance or the lib; a plan is made from a snapshot,
 * and a channel, a call or a thread may take a hold after it. So a missing step is excused when
 * the hold that kept it is one the plan could not remove:
 *
 * <ul>
 *   <li>someone took a hold on the instance (for a stop) or the lib (for a close) after the plan,
 *       with no Hold step of the plan for it, or (for a close) block_unload was called; or
 *   <li>at the window's end a holder still holds that the plan did not expect to go. A stop
 *       expects the holders it releases (and the dialplan it cancels) to go, and each dependent
 *       that stopped; a close expects the module's own instance and registrations to go if it
 *       stopped, and each dependent lib that closed. Anyone else (a channel, a thread, a call, a
 *       dependent that rightly stayed) keeps it, rightly.
 * </ul>
 * A holder the plan expected to go but that stayed is the engine's failure, not an excuse.
 */
final class Skips {

  private Skips() {}

  static boolean excused(StepKey key, Plan plan, List<Trace.Entry> after, Ledger ledger) {
    ModuleName module = key.module();
    Ledger.ModuleState state = ledger.module(module);
    if (key.kind().equals(StepKey.STOP)) {
      return takenOutsidePlan(module, RefTarget.INSTANCE, plan, after)
          || state.instanceHolders.keySet().stream().anyMatch(holder -> !instanceHolderGoes(holder, module, plan, after));
    }
    if (key.kind().equals(StepKey.CLOSE)) {
      return state.blocked || takenOutsidePlan(module, RefTarget.LIB, plan, after)
          || state.libHolders.keySet().stream().anyMatch(holder -> !libHolderGoes(holder, module, after));
    }
    return false;
  }

  private static boolean instanceHolderGoes(Holder holder, ModuleName module, Plan plan, List<Trace.Entry> after) {
    for (PlanStep step : plan.steps()) {
      if (!step.module().equals(module)) {
        continue;
      }
      if (step instanceof PlanStep.Release release && release.holder().equals(holder)) {
        return true;
      }
      if (step instanceof PlanStep.CancelUser cancel && cancel.user().equals(holder)
          && holder.kind() == HolderKind.DIALPLAN) {
        return true;
      }
    }
    return holder.kind() == HolderKind.DEPENDENT
        && ModuleName.parse(holder.id()).filter(dependent -> happened(after, StepKey.STOP, dependent)).isPresent();
  }

  private static boolean libHolderGoes(Holder holder, ModuleName module, List<Trace.Entry> after) {
    if (holder.kind() == HolderKind.OWN_INSTANCE || holder.kind() == HolderKind.REGISTRATION) {
      return happened(after, StepKey.STOP, module);
    }
    return holder.kind() == HolderKind.DEPENDENT
        && ModuleName.parse(holder.id()).filter(dependent -> happened(after, StepKey.CLOSE, dependent)).isPresent();
  }

  private static boolean happened(List<Trace.Entry> after, String kind, ModuleName module) {
    StepKey wanted = new StepKey(kind, module);
    return after.stream().anyMatch(entry -> StepKey.of(entry).filter(wanted::equals).isPresent());
  }

  private static boolean takenOutsidePlan(ModuleName module, RefTarget target, Plan plan, List<Trace.Entry> after) {
    for (Trace.Entry entry : after) {
      if (!(entry instanceof Trace.EventEntry event) || !event.event().module().equals(module)) {
        continue;
      }
      if (target == RefTarget.LIB && event.event() instanceof LifecycleEvent.UnloadBlocked) {
        return true;
      }
      if (event.event() instanceof LifecycleEvent.ReferenceTaken taken && taken.target() == target
          && plan.steps().stream().noneMatch(step -> step instanceof PlanStep.Hold hold
              && hold.module().equals(module) && hold.holder().equals(taken.holder()))) {
        return true;
      }
    }
    return false;
  }
}
