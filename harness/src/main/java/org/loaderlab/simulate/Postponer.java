package org.loaderlab.simulate;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.observe.StepClock;
import org.loaderlab.property.Tape;

/**
 * The delayed-release mode's queue: each release handed to it runs a number of steps later, drawn
 * from the run's tape in {@code [0, delayStepsMax]}. A drawn 0 runs it at once, so a shrunk tape
 * (all zeros) is the mode switched off. Due releases run between steps, in the order they were
 * postponed, so the run stays a pure function of its tape.
 */
final class Postponer {

  /** A release not yet run, and the first step before which it may run. */
  private record Pending(long dueStep, String what, Runnable release) {}

  /** Postponed releases waiting at once: past it something releases in a loop, and says so. */
  static final int PENDING_MAX = 100_000;

  private final int delayStepsMax;
  private final Tape tape;
  private final StepClock clock;
  private final TraceRecorder trace;
  private final List<Pending> pending = new ArrayList<>();

  /**
   * @param delayStepsMax the longest postponement, {@code >= 1}
   */
  Postponer(int delayStepsMax, Tape tape, StepClock clock, TraceRecorder trace) {
    if (delayStepsMax < 1 || delayStepsMax > SimulationSettings.RELEASE_DELAY_STEPS_MAX) {
      throw new IllegalArgumentException("delayStepsMax must be in [1, " + SimulationSettings.RELEASE_DELAY_STEPS_MAX
          + "], was " + delayStepsMax);
    }
    this.delayStepsMax = delayStepsMax;
    this.tape = tape;
    this.clock = clock;
    this.trace = trace;
  }

  /** Runs {@code release} now or some steps later; {@code what} names it in the trace. */
  void postpone(String what, Runnable release) {
    int steps = tape.choose(delayStepsMax + 1);
    if (steps == 0) {
      release.run();
      return;
    }
    if (pending.size() >= PENDING_MAX) {
      throw new IllegalStateException(PENDING_MAX + " releases are postponed at once (PENDING_MAX): a runaway");
    }
    trace.note("postponed " + what + " by " + steps + " steps");
    pending.add(new Pending(clock.stepIndex() + steps, what, release));
  }

  /** Runs the releases due by now, oldest first; how many ran. */
  int runDue() {
    if (pending.isEmpty()) {
      return 0;
    }
    long now = clock.stepIndex();
    List<Pending> due = new ArrayList<>();
    List<Pending> later = new ArrayList<>();
    for (Pending each : pending) {
      (each.dueStep() <= now ? due : later).add(each);
    }
    // A release may postpone another: it joins the queue after those still waiting.
    pending.clear();
    pending.addAll(later);
    for (Pending each : due) {
      trace.note("postponed " + each.what() + " runs");
      each.release().run();
    }
    return due.size();
  }

  int pendingCount() {
    return pending.size();
  }
}
