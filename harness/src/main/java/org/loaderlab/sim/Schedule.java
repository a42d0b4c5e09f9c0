package org.loaderlab.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The recorded scheduling decisions of a run, one per step: the step index, the tasks that were
 * enabled (when recorded in full) and the one chosen. Immutable: a snapshot taken from the
 * runtime. It renders as text, one line per step, and {@link ReplayScheduler} replays it.
 *
 * <p>Stored as ids in int arrays (names are kept once per task), so recording a long run costs
 * a few ints per step, not a list of strings.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Schedule {

  /**
   * One step's decision.
   *
   * @param enabled the enabled tasks in creation order; empty when only choices were recorded
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Decision(long stepIndex, List<String> enabled, String chosen) {
    public Decision {
      enabled = List.copyOf(enabled);
      Objects.requireNonNull(chosen, "chosen");
    }

    /** {@code step 3: b of [a, b]}, or {@code step 3: b} without the enabled tasks. */
    public String render() {
      String head = "step " + stepIndex + ": " + chosen;
      return enabled.isEmpty() ? head : head + " of [" + String.join(", ", enabled) + "]";
    }
  }

  private final int[] chosenIds;
  /** Where step {@code i}'s enabled ids start in {@link #enabledIds}; null when not recorded. */
  private final int[] enabledStarts;
  private final int[] enabledIds;
  private final String[] namesById;

  Schedule(int[] chosenIds, int[] enabledStarts, int[] enabledIds, String[] namesById) {
    assert enabledStarts == null || enabledStarts.length == chosenIds.length + 1 : "one start per step, and an end";
    this.chosenIds = chosenIds;
    this.enabledStarts = enabledStarts;
    this.enabledIds = enabledIds;
    this.namesById = namesById;
  }

  /** The number of steps recorded. */
  public int size() {
    return chosenIds.length;
  }

  /** Whether each decision also records the enabled tasks, not only the chosen one. */
  public boolean hasEnabledTasks() {
    return enabledStarts != null;
  }

  /** The decision of step {@code stepIndex}, in {@code [0, size())}. */
  public Decision decision(int stepIndex) {
    Objects.checkIndex(stepIndex, size());
    List<String> enabled = new ArrayList<>();
    for (int k = 0; k < enabledCount(stepIndex); k++) {
      enabled.add(taskName(enabledId(stepIndex, k)));
    }
    return new Decision(stepIndex, enabled, taskName(chosenIds[stepIndex]));
  }

  /** Every decision, in step order. */
  public List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>(size());
    for (int stepIndex = 0; stepIndex < size(); stepIndex++) {
      decisions.add(decision(stepIndex));
    }
    return Collections.unmodifiableList(decisions);
  }

  /** The chosen task of each step, in step order. */
  public List<String> chosenNames() {
    List<String> names = new ArrayList<>(size());
    for (int id : chosenIds) {
      names.add(taskName(id));
    }
    return Collections.unmodifiableList(names);
  }

  /** One line per step ({@link Decision#render()}), each ending in a newline. */
  public String render() {
    StringBuilder text = new StringBuilder();
    for (int stepIndex = 0; stepIndex < size(); stepIndex++) {
      text.append(decision(stepIndex).render()).append('\n');
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "Schedule(" + size() + " steps)";
  }

  int chosenId(int stepIndex) {
    return chosenIds[stepIndex];
  }

  /** 0 when the enabled tasks were not recorded. */
  int enabledCount(int stepIndex) {
    return enabledStarts == null ? 0 : enabledStarts[stepIndex + 1] - enabledStarts[stepIndex];
  }

  int enabledId(int stepIndex, int k) {
    return enabledIds[enabledStarts[stepIndex] + k];
  }

  String taskName(int id) {
    String name = namesById[id];
    return name == null ? TaskHandle.engineName(id) : name;
  }
}
