package org.loaderlab.simulate;

import org.apiguardian.api.API;

/** The judges a simulation runs by default. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Judges {

  private Judges() {}

  /**
   * The oracles, plus the task failures only the simulator sees (a loader call that threw). Hangs
   * and code run in unmapped libs are the oracles' to report, with their causal chains.
   */
  public static Judge standard() {
    return SimulatorJudge.FAILURES_ONLY.and(OracleJudge.INSTANCE);
  }

  /** The oracles alone. */
  public static Judge oracles() {
    return OracleJudge.INSTANCE;
  }

  /** Only what the simulator sees, without any oracle. */
  public static Judge simulator() {
    return SimulatorJudge.INSTANCE;
  }
}
