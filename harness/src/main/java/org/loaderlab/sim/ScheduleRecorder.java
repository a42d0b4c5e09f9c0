package org.loaderlab.sim;

import java.util.Arrays;

/**
 * Appends each scheduling decision of a run, beside the scheduler (which never records itself):
 * the chosen task's id, and in full mode the enabled ids, into growing int arrays, so a step
 * costs no allocation once the arrays have grown.
 */
final class ScheduleRecorder {

  /** 100 million steps is far beyond a simulated scenario; the arrays would take gigabytes beyond it. */
  static final int RECORDED_STEPS_MAX = 100_000_000;

  /** Bounds the flattened enabled lists (2 GB of ids); record choices only for wider runs. */
  static final int ENABLED_IDS_MAX = 500_000_000;

  private static final int INITIAL_CAPACITY = 256;

  private final boolean full;
  private int[] chosenIds = new int[INITIAL_CAPACITY];
  private int[] enabledStarts;
  private int[] enabledIds;
  private int stepCount;
  private int enabledCount;

  ScheduleRecorder(boolean full) {
    this.full = full;
    if (full) {
      enabledStarts = new int[INITIAL_CAPACITY + 1];
      enabledIds = new int[INITIAL_CAPACITY];
    }
  }

  void record(long stepIndex, EnabledTasks enabled, int chosenIndex) {
    if (stepIndex != stepCount) {
      throw new IllegalStateException("recorded step " + stepIndex + " after " + stepCount + " steps");
    }
    if (stepCount == RECORDED_STEPS_MAX) {
      throw new IllegalStateException("the schedule recording is full at " + RECORDED_STEPS_MAX
          + " steps (RECORDED_STEPS_MAX): record choices only or not at all for longer runs");
    }
    if (stepCount == chosenIds.length) {
      chosenIds = Arrays.copyOf(chosenIds, chosenIds.length * 2);
    }
    chosenIds[stepCount] = enabled.id(chosenIndex);
    if (full) {
      recordEnabled(enabled);
    }
    stepCount++;
  }

  private void recordEnabled(EnabledTasks enabled) {
    int size = enabled.size();
    if (size > ENABLED_IDS_MAX - enabledCount) {
      throw new IllegalStateException("the schedule recording holds " + ENABLED_IDS_MAX
          + " enabled ids (ENABLED_IDS_MAX): record choices only for longer or wider runs");
    }
    if (enabledCount + size > enabledIds.length) {
      enabledIds = Arrays.copyOf(enabledIds, Math.max(enabledIds.length * 2, enabledCount + size));
    }
    for (int k = 0; k < size; k++) {
      enabledIds[enabledCount + k] = enabled.id(k);
    }
    enabledCount += size;
    if (stepCount + 2 > enabledStarts.length) {
      enabledStarts = Arrays.copyOf(enabledStarts, enabledStarts.length * 2);
    }
    enabledStarts[stepCount + 1] = enabledCount;
  }

  Schedule snapshot(TaskNames names) {
    return new Schedule(
        Arrays.copyOf(chosenIds, stepCount),
        full ? Arrays.copyOf(enabledStarts, stepCount + 1) : null,
        full ? Arrays.copyOf(enabledIds, enabledCount) : null,
        names.snapshot());
  }
}
