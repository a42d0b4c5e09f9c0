package org.loaderlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Follows a recorded {@link Schedule} step by step and checks, as Fray's ScheduleVerifier, that
 * the run still matches it: the recorded task is enabled under the same name and, when the
 * recording has them, the enabled tasks are the same. At the first mismatch it throws {@link
 * ScheduleDivergenceException} naming the step; it never guesses a way back onto the recording.
 *
 * <p>Replays a run from its first step: give it to a fresh runtime.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReplayScheduler implements Scheduler {

  private final Schedule schedule;

  public ReplayScheduler(Schedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  @Override
  public int pick(long stepIndex, EnabledTasks enabled) {
    if (stepIndex >= schedule.size()) {
      throw new ScheduleDivergenceException(stepIndex, "the run goes on past the " + schedule.size()
          + " recorded steps, with " + names(enabled) + " enabled");
    }
    int step = (int) stepIndex;
    if (schedule.hasEnabledTasks()) {
      checkEnabled(step, enabled);
    }
    int chosenId = schedule.chosenId(step);
    String chosenName = schedule.taskName(chosenId);
    for (int index = 0; index < enabled.size(); index++) {
      if (enabled.id(index) == chosenId) {
        if (!enabled.name(index).equals(chosenName)) {
          throw new ScheduleDivergenceException(stepIndex, "recorded task '" + chosenName
              + "' is now named '" + enabled.name(index) + "'");
        }
        return index;
      }
    }
    throw new ScheduleDivergenceException(stepIndex, "recorded task '" + chosenName
        + "' is not enabled; enabled now: " + names(enabled));
  }

  private void checkEnabled(int step, EnabledTasks enabled) {
    boolean same = schedule.enabledCount(step) == enabled.size();
    for (int k = 0; same && k < enabled.size(); k++) {
      same = schedule.enabledId(step, k) == enabled.id(k);
    }
    if (!same) {
      throw new ScheduleDivergenceException(step, "recorded enabled tasks "
          + schedule.decision(step).enabled() + ", enabled now: " + names(enabled));
    }
  }

  private static List<String> names(EnabledTasks enabled) {
    List<String> names = new ArrayList<>(enabled.size());
    for (int index = 0; index < enabled.size(); index++) {
      names.add(enabled.name(index));
    }
    return names;
  }
}
