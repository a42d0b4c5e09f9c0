package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.sim.RunResult;
import org.loaderlab.sim.TaskState;

/**
 * Goal: a run that ran out of steps, or could never go on, is a hang violation at the step it
 * ended, naming the module of the last operation decided and the tasks still alive; a run that
 * ended quiet or stopped on purpose is not. Method: run results given by hand beside a trace.
 */
class HangOracleTest {

  private static RunResult result(RunResult.Kind kind, long stepIndex, List<RunResult.AliveTask> alive) {
    return new RunResult(kind, 0, stepIndex, stepIndex, alive, List.of());
  }

  @Test
  void stepBudgetExceeded_hangResult_reportedWithTheOperationAndTasks() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(3).plan(m("chan_sip"), new Operation.Unload(m("chan_sip"), true))
        .run(result(RunResult.Kind.HANG, 100, List.of(
            new RunResult.AliveTask("channel:SIP/alice-1", TaskState.READY, "ready"))));

    assertThat(new HangOracle().check(trace.build())).containsExactly(new Violation.Hang(
        Violation.Hang.Kind.STEP_BUDGET_EXCEEDED, 100, List.of(m("chan_sip")),
        "the run took 100 steps, its budget, with 1 task(s) still able to run",
        List.of("3 #1 plan-decided chan_sip: unload -f chan_sip, 0 steps", "fact: last operation decided: unload -f chan_sip",
            "fact: alive: channel:SIP/alice-1 ready")));
  }

  @Test
  void deadlock_blockedResult_reportedWithoutModuleForStartup() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(0).plan(m("loader"), new Operation.Startup())
        .run(result(RunResult.Kind.BLOCKED, 7, List.of(
            new RunResult.AliveTask("admin", TaskState.WAITING, "waiting for future of start"))));

    assertThat(new HangOracle().check(trace.build())).containsExactly(new Violation.Hang(
        Violation.Hang.Kind.DEADLOCK, 7, List.of(),
        "no task can ever run again: 1 task(s) wait on conditions that stay false",
        List.of("0 #1 plan-decided loader: startup, 0 steps", "fact: last operation decided: startup",
            "fact: alive: admin waiting for future of start")));
  }

  @Test
  void quiescentOrStopped_noViolation() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .run(result(RunResult.Kind.QUIESCENT, 10, List.of()))
        .run(result(RunResult.Kind.STOPPED, 20, List.of(new RunResult.AliveTask("t", TaskState.READY, "ready"))));

    assertThat(new HangOracle().check(trace.build())).isEmpty();
  }
}
