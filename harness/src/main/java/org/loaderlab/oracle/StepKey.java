package org.loaderlab.oracle;

import java.util.Comparator;
import java.util.Optional;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;

/**
 * A step that changes a lib or an instance, as a plan names it and as its event shows it:
 * {@code open-lib chan_sip} is both the OpenLib step and the LibOpened event.
 */
record StepKey(String kind, ModuleName module) implements Comparable<StepKey> {

  static final String OPEN = "open-lib";
  static final String START = "start-instance";
  static final String STOP = "stop-instance";
  static final String CLOSE = "close-lib";

  private static final Comparator<StepKey> ORDER =
      Comparator.comparing(StepKey::module).thenComparing(StepKey::kind);

  static Optional<StepKey> of(PlanStep step) {
    if (step instanceof PlanStep.OpenLib) {
      return Optional.of(new StepKey(OPEN, step.module()));
    } else if (step instanceof PlanStep.StartInstance) {
      return Optional.of(new StepKey(START, step.module()));
    } else if (step instanceof PlanStep.StopInstance) {
      return Optional.of(new StepKey(STOP, step.module()));
    } else if (step instanceof PlanStep.CloseLib) {
      return Optional.of(new StepKey(CLOSE, step.module()));
    }
    return Optional.empty();
  }

  static Optional<StepKey> of(Trace.Entry entry) {
    if (!(entry instanceof Trace.EventEntry event)) {
      return Optional.empty();
    }
    LifecycleEvent lifecycle = event.event();
    if (lifecycle instanceof LifecycleEvent.LibOpened) {
      return Optional.of(new StepKey(OPEN, lifecycle.module()));
    } else if (lifecycle instanceof LifecycleEvent.InstanceStarting) {
      return Optional.of(new StepKey(START, lifecycle.module()));
    } else if (lifecycle instanceof LifecycleEvent.InstanceStopping) {
      return Optional.of(new StepKey(STOP, lifecycle.module()));
    } else if (lifecycle instanceof LifecycleEvent.LibClosed) {
      return Optional.of(new StepKey(CLOSE, lifecycle.module()));
    }
    return Optional.empty();
  }

  @Override
  public int compareTo(StepKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind + " " + module;
  }
}
