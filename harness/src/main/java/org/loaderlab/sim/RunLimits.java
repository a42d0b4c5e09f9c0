package org.loaderlab.sim;

/** The fixed settings of one runtime, checked by {@link SimRuntimeBuilder}. */
record RunLimits(long stepsMax, long stepMs, int tasksMax, int engineDelayStepsMax, SimRuntime.Recording recording) {

  RunLimits {
    assert stepsMax >= 1 && stepMs >= 0 && tasksMax >= 1 && engineDelayStepsMax >= 0 : "checked by the builder";
    assert recording != null : "checked by the builder";
  }
}
