package org.loaderlab.simulate;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.observe.Observation;
import org.loaderlab.sim.RunResult;

/**
 * What the simulator sees without an oracle: a hang (step budget out, or every task blocked), a
 * task that threw (a loader call that should not throw, a harness bug), and a simulated segfault.
 */
final class SimulatorJudge implements Judge {

  static final SimulatorJudge INSTANCE = new SimulatorJudge(true);
  /** Only what no oracle can see: a task that threw. */
  static final SimulatorJudge FAILURES_ONLY = new SimulatorJudge(false);

  private final boolean withHangsAndSegfaults;

  private SimulatorJudge(boolean withHangsAndSegfaults) {
    this.withHangsAndSegfaults = withHangsAndSegfaults;
  }

  @Override
  public List<String> violations(Evidence evidence) {
    List<String> violations = new ArrayList<>();
    RunResult result = evidence.result();
    if (withHangsAndSegfaults && result.isHang()) {
      StringBuilder hang = new StringBuilder("hang: ")
          .append(result.kind() == RunResult.Kind.HANG ? "step budget exceeded" : "every task blocked")
          .append(" at step ").append(result.stepIndex());
      for (RunResult.AliveTask task : result.aliveTasks()) {
        hang.append("; ").append(task.name()).append(' ').append(task.detail());
      }
      violations.add(hang.toString());
    }
    for (RunResult.TaskFailure failure : result.failures()) {
      violations.add("failure: " + failure.describe());
    }
    for (Observation observation : withHangsAndSegfaults ? evidence.observations() : List.<Observation>of()) {
      if (observation instanceof Observation.CodeRanUnmapped segfault) {
        violations.add("safety: code ran in an unmapped lib: step " + segfault.stepIndex() + " " + segfault.what());
      }
    }
    return List.copyOf(violations);
  }
}
