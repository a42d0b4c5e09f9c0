package org.loaderlab.simulate;

import org.apiguardian.api.API;

/** The judges a simulation runs by default. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Judges {

  private Judges() {}

  /**
   * What the simulator itself sees (hangs, task failures, code run in an unmapped lib). The
   * oracles join here with one line: {@code return simulator().and(new OracleJudge());}.
   */
  public static Judge standard() {
    return simulator();
  }

  /** Only what the simulator sees, without any oracle. */
  public static Judge simulator() {
    return SimulatorJudge.INSTANCE;
  }
}
