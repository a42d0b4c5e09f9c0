package org.loaderlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;
import org.loaderlab.engine.spi.Runtime;
import org.loaderlab.property.Tape;
import org.loaderlab.property.tape.Discarded;

/**
 * The deterministic simulation runtime: one Java thread runs every task of a simulated world
 * (the engine's queued work, channels, module threads, admin commands) one step at a time, in
 * the order a {@link Scheduler} picks, on a virtual clock. Every random decision (the
 * scheduler's, the tasks', the delays) is drawn from one {@link Tape}, so a run is a pure
 * function of its tape, the world and the tasks: the same tape gives the same schedule, byte
 * for byte, and the property core can shrink it.
 *
 * <p>The map of the package:
 * <ul>
 *   <li>{@link SimTask} (and {@link Script}) is an actor; each {@link SimTask#step} is one step
 *       and returns a {@link Step}: next, done, sleep, wait. {@link #execute} (the engine's
 *       {@link Runtime}) makes each engine task a one-step task named {@code engine#<id>}.
 *   <li>{@link Scheduler} picks among {@link EnabledTasks}: {@link FifoScheduler},
 *       {@link RandomScheduler}, {@link PctScheduler}, {@link ReplayScheduler}.
 *   <li>Each decision is recorded beside the scheduler into a {@link Schedule}.
 *   <li>{@link #run} ends in a {@link RunResult}: quiescent, stopped, hang (past {@code stepsMax})
 *       or blocked (deadlock), with the tasks alive and the exceptions steps threw.
 * </ul>
 *
 * <p>The run loop ({@link #runUntil}), numbered:
 * <ol>
 *   <li>stop if the caller's condition holds;
 *   <li>one pass over the live tasks in creation order: drop ended ones, wake sleepers whose time
 *       came, ask waiters' conditions, collect the enabled (postponed tasks count only when
 *       nothing else could run);
 *   <li>none alive: quiescent. None enabled: jump the clock to the earliest wake-up, or, if no
 *       task sleeps, end blocked;
 *   <li>past {@code stepsMax} steps in this run: end in a hang;
 *   <li>the scheduler picks, the decision is recorded, the task runs one step (an exception ends
 *       the task and is recorded, the run goes on), the step index and the clock advance.
 * </ol>
 *
 * <p>Single-threaded by design and not thread-safe; it starts no thread, reads no wall clock.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SimRuntime implements Runtime, SimContext {

  /** What the runtime records of each scheduling decision. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Recording {
    /** Nothing: for benchmarks and runs too long to keep. */
    OFF,
    /** The chosen task of each step: enough to replay. */
    CHOSEN,
    /** The chosen task and the enabled ones: replay also checks that the same tasks were enabled. */
    FULL
  }

  private final Tape tape;
  private final Scheduler scheduler;
  private final RunLimits limits;
  private final ScheduleRecorder recorder;
  private final TaskNames names = new TaskNames();
  private final EnabledSet enabled = new EnabledSet();
  private final LiveTasks live = new LiveTasks();

  private long stepIndex;
  private long nowMs;
  private TaskHandle current;
  private boolean running;
  /** The failures of the run in progress; a fresh list per run. */
  private List<RunResult.TaskFailure> failures = new ArrayList<>();

  SimRuntime(Tape tape, Scheduler scheduler, RunLimits limits) {
    this.tape = Objects.requireNonNull(tape, "tape");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.limits = limits;
    this.recorder = limits.recording() == Recording.OFF ? null : new ScheduleRecorder(limits.recording() == Recording.FULL);
  }

  /**
   * A builder for a fresh run: {@code scheduler} should draw from {@code tape} too, so the tape
   * holds every decision of the run.
   */
  public static SimRuntimeBuilder builder(Tape tape, Scheduler scheduler) {
    return new SimRuntimeBuilder(tape, scheduler);
  }

  /** Queues an engine task: one step, named {@code engine#<id>}, never run inline. */
  @Override
  public void execute(Runnable task) {
    Objects.requireNonNull(task, "task");
    requireRoom();
    TaskHandle handle = new TaskHandle(names.addEngine(), null, null, task);
    live.append(handle);
    if (limits.engineDelayStepsMax() > 0) {
      delay(handle, limits.engineDelayStepsMax());
    }
  }

  @Override
  public TaskHandle spawn(String name, SimTask task) {
    Objects.requireNonNull(task, "task");
    requireRoom();
    int id = names.add(name);
    TaskHandle handle = new TaskHandle(id, names.givenName(id), task, null);
    live.append(handle);
    return handle;
  }

  @Override
  public int delay(TaskHandle task, int delayStepsMax) {
    Objects.requireNonNull(task, "task");
    if (delayStepsMax < 0 || delayStepsMax == Integer.MAX_VALUE) {
      // The tape draws from delayStepsMax + 1 choices, which must fit an int.
      throw new IllegalArgumentException("delayStepsMax must be in [0, " + (Integer.MAX_VALUE - 1) + "], was " + delayStepsMax);
    }
    if (task.isDone() || delayStepsMax == 0) {
      return 0;
    }
    int steps = tape.choose(delayStepsMax + 1);
    long nextStep = current == null ? stepIndex : stepIndex + 1;
    task.enabledFromStep = Math.max(task.enabledFromStep, nextStep + steps);
    return steps;
  }

  /** Runs until every task is done, no task can run, or {@code stepsMax} steps ran. */
  public RunResult run() {
    return runUntil(() -> false);
  }

  /**
   * Runs as {@link #run()}, and also stops, before any step, once {@code stop} holds: to act
   * between the steps of a world whose tasks never all end (module threads, channels).
   */
  public RunResult runUntil(BooleanSupplier stop) {
    Objects.requireNonNull(stop, "stop");
    if (running) {
      throw new IllegalStateException("run called from a task step: runs do not nest");
    }
    running = true;
    failures = new ArrayList<>();
    long firstStepIndex = stepIndex;
    try {
      while (true) {
        if (stop.getAsBoolean()) {
          return result(RunResult.Kind.STOPPED, firstStepIndex);
        }
        long wakeMs = live.collect(enabled, stepIndex, nowMs, failures);
        if (live.count() == 0) {
          return result(RunResult.Kind.QUIESCENT, firstStepIndex);
        }
        if (enabled.size() == 0) {
          if (wakeMs == Long.MAX_VALUE) {
            return result(RunResult.Kind.BLOCKED, firstStepIndex);
          }
          assert wakeMs > nowMs : "a sleeper due now would be enabled";
          nowMs = wakeMs;
          continue;
        }
        if (stepIndex - firstStepIndex >= limits.stepsMax()) {
          return result(RunResult.Kind.HANG, firstStepIndex);
        }
        runOneStep();
      }
    } finally {
      enabled.clear();
      running = false;
    }
  }

  private void runOneStep() {
    int index = scheduler.pick(stepIndex, enabled);
    if (index < 0 || index >= enabled.size()) {
      throw new IllegalStateException(scheduler.getClass().getSimpleName() + " picked index " + index
          + " of " + enabled.size() + " enabled tasks at step " + stepIndex);
    }
    TaskHandle chosen = enabled.get(index);
    if (recorder != null) {
      recorder.record(stepIndex, enabled, index);
    }
    current = chosen;
    try {
      TaskSteps.run(chosen, this, limits.stepMs(), failures);
    } finally {
      current = null;
    }
    stepIndex++;
    nowMs += limits.stepMs();
  }

  private RunResult result(RunResult.Kind kind, long firstStepIndex) {
    List<RunResult.AliveTask> left = new ArrayList<>();
    for (TaskHandle task : live.snapshot()) {
      left.add(new RunResult.AliveTask(task.name(), task.state, task.describe()));
    }
    return new RunResult(kind, firstStepIndex, stepIndex, nowMs, left, failures);
  }

  private void requireRoom() {
    if (live.count() >= limits.tasksMax()) {
      throw new IllegalStateException("the simulation holds " + limits.tasksMax()
          + " live tasks (tasksMax): something keeps starting tasks that never end");
    }
  }

  @Override
  public long nowMs() {
    return nowMs;
  }

  @Override
  public long stepIndex() {
    return stepIndex;
  }

  @Override
  public Tape tape() {
    return tape;
  }

  @Override
  public TaskHandle current() {
    return current;
  }

  /** The tasks not done, in creation order. */
  public List<TaskHandle> aliveTasks() {
    return live.snapshot();
  }

  /**
   * The decisions so far, as a snapshot.
   *
   * @throws IllegalStateException if the runtime was built with {@link Recording#OFF}
   */
  public Schedule schedule() {
    if (recorder == null) {
      throw new IllegalStateException("this runtime records no schedule (Recording.OFF)");
    }
    return recorder.snapshot(names);
  }

  /** The task name of id {@code id}: for reports that keep ids. */
  public String taskName(int id) {
    return names.name(id);
  }

  static void rethrowIfFatal(Throwable error) {
    if (error instanceof Discarded discarded) {
      // The tape overran: the property core must see it to discard the case, not a task failure.
      throw discarded;
    }
    if (error instanceof VirtualMachineError fatal) {
      throw fatal;
    }
  }
}
