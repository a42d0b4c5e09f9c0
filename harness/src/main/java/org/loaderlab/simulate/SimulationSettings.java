package org.loaderlab.simulate;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One run's settings; with the world, they decide the run byte for byte.
 *
 * @param loader the loader under test
 * @param seed seeds the run's one tape: actions, schedule, delays
 * @param actions how many actions before the final shutdown, {@code [0, ActionGen.ACTIONS_MAX]}
 * @param scheduler how the next task is picked at each step
 * @param stepsMax the step budget: past it the run is a hang, {@code >= 1}
 * @param drawsMax the tape's length: a run drawing more is discarded, {@code >= 1}
 * @param releaseDelayStepsMax the delayed-release mode: every release of a user or threadstorage
 *     handle that channels and module code make, cancel completions included, is postponed by a
 *     number of steps drawn from the tape in {@code [0, releaseDelayStepsMax]}; 0 (the default)
 *     switches the mode off, at most {@link #RELEASE_DELAY_STEPS_MAX}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SimulationSettings(
    LoaderKind loader, long seed, int actions, SchedulerKind scheduler, long stepsMax, int drawsMax,
    int releaseDelayStepsMax) {

  /** The command line's default action count. */
  public static final int ACTIONS_DEFAULT = 50;
  /** A 50-action run takes a few thousand steps; a hundred times that is a runaway. */
  public static final long STEPS_MAX_DEFAULT = 1_000_000L;
  /** A step draws at most a handful of choices; this covers any run within the step budget's spirit. */
  public static final int DRAWS_MAX_DEFAULT = 4_000_000;
  /**
   * A release postponed longer than this outlasts any call, thread or unload of a run: a longer
   * delay finds nothing a shorter one misses, and only stretches the run toward its step budget.
   */
  public static final int RELEASE_DELAY_STEPS_MAX = 10_000;

  /** How the run's scheduler picks. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum SchedulerKind {
    /** A uniformly random enabled task at each step. */
    RANDOM,
    /** PCT: random priorities with a few change points, for deeper races. */
    PCT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SimulationSettings {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(scheduler, "scheduler");
    if (actions < 0 || actions > ActionGen.ACTIONS_MAX) {
      throw new IllegalArgumentException("actions must be in [0, " + ActionGen.ACTIONS_MAX + "], was " + actions);
    }
    if (stepsMax < 1) {
      throw new IllegalArgumentException("stepsMax must be >= 1, was " + stepsMax);
    }
    if (drawsMax < 1) {
      throw new IllegalArgumentException("drawsMax must be >= 1, was " + drawsMax);
    }
    if (releaseDelayStepsMax < 0 || releaseDelayStepsMax > RELEASE_DELAY_STEPS_MAX) {
      throw new IllegalArgumentException("releaseDelayStepsMax must be in [0, " + RELEASE_DELAY_STEPS_MAX + "], was "
          + releaseDelayStepsMax);
    }
  }

  /** The engine, {@code seed}, {@link #ACTIONS_DEFAULT} actions, random scheduling, default budgets. */
  public static SimulationSettings of(long seed) {
    return new SimulationSettings(LoaderKind.ENGINE, seed, ACTIONS_DEFAULT, SchedulerKind.RANDOM, STEPS_MAX_DEFAULT,
        DRAWS_MAX_DEFAULT, 0);
  }

  public SimulationSettings withLoader(LoaderKind value) {
    return new SimulationSettings(value, seed, actions, scheduler, stepsMax, drawsMax, releaseDelayStepsMax);
  }

  public SimulationSettings withActions(int value) {
    return new SimulationSettings(loader, seed, value, scheduler, stepsMax, drawsMax, releaseDelayStepsMax);
  }

  public SimulationSettings withScheduler(SchedulerKind value) {
    return new SimulationSettings(loader, seed, actions, value, stepsMax, drawsMax, releaseDelayStepsMax);
  }

  public SimulationSettings withStepsMax(long value) {
    return new SimulationSettings(loader, seed, actions, scheduler, value, drawsMax, releaseDelayStepsMax);
  }

  public SimulationSettings withSeed(long value) {
    return new SimulationSettings(loader, value, actions, scheduler, stepsMax, drawsMax, releaseDelayStepsMax);
  }

  /** The delayed-release mode: releases postponed by up to {@code value} steps; 0 switches it off. */
  public SimulationSettings withReleaseDelayStepsMax(int value) {
    return new SimulationSettings(loader, seed, actions, scheduler, stepsMax, drawsMax, value);
  }

  /**
   * {@code loader=engine seed=7 actions=50 scheduler=random}, then {@code delay-releases=N} when
   * that mode is on: the trace's first line.
   */
  public String describe() {
    return "loader=" + loader.label() + " seed=" + seed + " actions=" + actions + " scheduler=" + scheduler.label()
        + (releaseDelayStepsMax > 0 ? " delay-releases=" + releaseDelayStepsMax : "");
  }
}
