package org.loaderlab.sim;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.property.Tape;

/**
 * Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010,
 * as in Fray and Coyote): each task gets a random priority, the highest-priority enabled task
 * always runs, and at {@code depth - 1} change points, drawn up front over an estimate of the
 * run's length, the task about to run drops below every initial priority. A bug that needs
 * {@code d} ordering constraints is found with probability at least {@code 1 / (n k^(d-1))}
 * for {@code n} tasks and {@code k} steps, where a random walk can be exponentially less likely.
 *
 * <ol>
 *   <li>Priorities are drawn lazily, the first time a task competes with another (a task that
 *       runs alone needs none, and draws cost tape): {@code depth + choose(PRIORITY_BOUND)}.
 *       Independent uniform priorities order tasks as a random permutation; ties go to the
 *       older task, so a shrunk tape (all zeros) is the FIFO schedule.
 *   <li>At change point {@code j} (1-based), the highest-priority enabled task gets priority
 *       {@code depth - j}: below all initial ones, and below earlier change points.
 * </ol>
 *
 * <p>Fresh per run: only the step estimate carries over from a previous run.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PctScheduler implements Scheduler {

  /** Wide enough that two tasks rarely tie; small enough that {@code depth +} it fits an int. */
  static final int PRIORITY_BOUND = 1 << 30;
  /** Deeper bugs than this are beyond what PCT can hope to reach in a test's budget. */
  public static final int DEPTH_MAX = 16;

  private static final int UNASSIGNED = 0;
  private static final int INITIAL_CAPACITY = 64;

  private final Tape tape;
  private final int depth;
  /** Step indices of the change points, ascending. */
  private final long[] changePoints;
  private int changePointsPassed;
  /** By task id; {@link #UNASSIGNED} until drawn. Every assigned priority is {@code >= 1}. */
  private int[] priorities = new int[INITIAL_CAPACITY];

  /**
   * Draws the {@code depth - 1} change points from {@code tape}, uniform over
   * {@code [0, stepsEstimate)}.
   *
   * @param depth the bug depth to aim for, {@code [1, DEPTH_MAX]}; 1 means no change point
   * @param stepsEstimate the expected steps of a run, {@code >= 1}: the last run's step count
   */
  public PctScheduler(Tape tape, int depth, int stepsEstimate) {
    this.tape = Objects.requireNonNull(tape, "tape");
    if (depth < 1 || depth > DEPTH_MAX) {
      throw new IllegalArgumentException("depth must be in [1, " + DEPTH_MAX + "], was " + depth);
    }
    if (stepsEstimate < 1) {
      throw new IllegalArgumentException("stepsEstimate must be >= 1, was " + stepsEstimate);
    }
    this.depth = depth;
    this.changePoints = new long[depth - 1];
    for (int index = 0; index < changePoints.length; index++) {
      changePoints[index] = tape.choose(stepsEstimate);
    }
    Arrays.sort(changePoints);
  }

  @Override
  public int pick(long stepIndex, EnabledTasks enabled) {
    int size = enabled.size();
    assert size > 0 : "picked from no task";
    if (size > 1) {
      assignPriorities(enabled);
    }
    while (changePointsPassed < changePoints.length && changePoints[changePointsPassed] <= stepIndex) {
      changePointsPassed++;
      int top = highest(enabled);
      priorities[enabled.id(top)] = depth - changePointsPassed;
    }
    return size == 1 ? 0 : highest(enabled);
  }

  /** The step indices where priorities change, ascending: for tests and reports. */
  public long[] changePoints() {
    return changePoints.clone();
  }

  private void assignPriorities(EnabledTasks enabled) {
    for (int index = 0; index < enabled.size(); index++) {
      int id = enabled.id(index);
      if (id >= priorities.length) {
        priorities = Arrays.copyOf(priorities, Math.max(priorities.length * 2, id + 1));
      }
      if (priorities[id] == UNASSIGNED) {
        priorities[id] = depth + tape.choose(PRIORITY_BOUND);
      }
    }
  }

  /** The enabled task with the highest priority; the older one on a tie (lists are by age). */
  private int highest(EnabledTasks enabled) {
    int best = 0;
    int bestPriority = priority(enabled.id(0));
    for (int index = 1; index < enabled.size(); index++) {
      int priority = priority(enabled.id(index));
      if (priority > bestPriority) {
        best = index;
        bestPriority = priority;
      }
    }
    return best;
  }

  private int priority(int id) {
    if (id >= priorities.length) {
      priorities = Arrays.copyOf(priorities, Math.max(priorities.length * 2, id + 1));
    }
    return priorities[id];
  }
}
