package org.loaderlab.sim;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.property.Tape;

/**
 * Settings of a {@link SimRuntime}, each a named limit checked at once: a bad value fails in
 * the setter, naming the field and the value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SimRuntimeBuilder {

  /** Far more than a scenario needs (a world's startup takes a few steps per module); a run past it hangs. */
  public static final long STEPS_MAX_DEFAULT = 1_000_000L;
  /** Each step takes a virtual millisecond, so sleepers wake up even while others keep busy. */
  public static final long STEP_MS_DEFAULT = 1L;
  /** Live tasks at once; beyond it something starts tasks that never end. */
  public static final int TASKS_MAX_DEFAULT = 1_000_000;

  private final Tape tape;
  private final Scheduler scheduler;
  private long stepsMax = STEPS_MAX_DEFAULT;
  private long stepMs = STEP_MS_DEFAULT;
  private int tasksMax = TASKS_MAX_DEFAULT;
  private int engineDelayStepsMax;
  private SimRuntime.Recording recording = SimRuntime.Recording.FULL;

  SimRuntimeBuilder(Tape tape, Scheduler scheduler) {
    this.tape = Objects.requireNonNull(tape, "tape");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /** The step budget of each {@code run}: past it, the run ends in a hang. {@code >= 1}. */
  public SimRuntimeBuilder stepsMax(long stepsMax) {
    if (stepsMax < 1) {
      throw new IllegalArgumentException("stepsMax must be >= 1, was " + stepsMax);
    }
    this.stepsMax = stepsMax;
    return this;
  }

  /** Virtual milliseconds each step takes. {@code >= 0}; 0 makes time pass only by clock jumps. */
  public SimRuntimeBuilder stepMs(long stepMs) {
    if (stepMs < 0) {
      throw new IllegalArgumentException("stepMs must be >= 0, was " + stepMs);
    }
    this.stepMs = stepMs;
    return this;
  }

  /** Live tasks at once; spawning or queueing one more throws. {@code >= 1}. */
  public SimRuntimeBuilder tasksMax(int tasksMax) {
    if (tasksMax < 1) {
      throw new IllegalArgumentException("tasksMax must be >= 1, was " + tasksMax);
    }
    this.tasksMax = tasksMax;
    return this;
  }

  /**
   * Delayed-release mode: every engine task is postponed by {@code [0, engineDelayStepsMax]}
   * steps drawn from the tape ({@link SimRuntime#delay}), so completions the engine queues (a
   * release, a cancel callback) land late among other tasks' steps. 0, the default, is off.
   */
  public SimRuntimeBuilder engineDelayStepsMax(int engineDelayStepsMax) {
    if (engineDelayStepsMax < 0 || engineDelayStepsMax == Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "engineDelayStepsMax must be in [0, " + (Integer.MAX_VALUE - 1) + "], was " + engineDelayStepsMax);
    }
    this.engineDelayStepsMax = engineDelayStepsMax;
    return this;
  }

  /** What each decision records; {@link SimRuntime.Recording#FULL} by default. */
  public SimRuntimeBuilder recording(SimRuntime.Recording recording) {
    this.recording = Objects.requireNonNull(recording, "recording");
    return this;
  }

  public SimRuntime build() {
    return new SimRuntime(tape, scheduler, new RunLimits(stepsMax, stepMs, tasksMax, engineDelayStepsMax, recording));
  }
}
