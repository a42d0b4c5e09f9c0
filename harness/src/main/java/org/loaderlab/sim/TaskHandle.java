package org.loaderlab.sim;

import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;

/**
 * One task of a run, as the runtime tracks it: its id (the creation index, which fixes its place
 * in every enabled list), its name, and where it is between steps.
 *
 * <p>The runtime keeps its scheduling state in this object's package-private fields, so a task
 * costs one allocation; an engine task (from {@code Runtime.execute}) keeps its {@code Runnable}
 * here instead of a wrapper, and its name {@code engine#<id>} is made only when asked for.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskHandle {

  static final String ENGINE_PREFIX = "engine#";

  final int id;
  /** The unique name, or null for an engine task, named by its id. */
  private final String name;
  /** The task's body, or null for an engine task. */
  final SimTask task;
  /** An engine task's one step, null once it ran, and for other tasks. */
  Runnable oneStep;

  TaskState state = TaskState.READY;
  long wakeMs;
  BooleanSupplier condition;
  String waitReason;
  /** Postponed by a delay: not enabled before this step index (unless nothing else could run). */
  long enabledFromStep;

  TaskHandle(int id, String name, SimTask task, Runnable oneStep) {
    assert (task == null) != (oneStep == null) : "a task has a body or one step, not both";
    assert (name == null) == (oneStep != null) : "engine tasks, and only they, are named by id";
    this.id = id;
    this.name = name;
    this.task = task;
    this.oneStep = oneStep;
  }

  /** The creation index, from 0: enabled lists are in this order. */
  public int id() {
    return id;
  }

  /** The name in schedules and reports: {@code engine#<id>} for a task the engine queued. */
  public String name() {
    return name == null ? engineName(id) : name;
  }

  public TaskState state() {
    return state;
  }

  public boolean isDone() {
    return state == TaskState.DONE;
  }

  /** Where the task is, in the words of a hang report: "waiting for future of load x". */
  public String describe() {
    switch (state) {
      case SLEEPING:
        return "sleeping until " + wakeMs + " ms";
      case WAITING:
        return "waiting for " + waitReason;
      case DONE:
        return "done";
      default:
        return "ready";
    }
  }

  @Override
  public String toString() {
    return name() + " (" + describe() + ")";
  }

  static String engineName(int id) {
    return ENGINE_PREFIX + id;
  }
}
