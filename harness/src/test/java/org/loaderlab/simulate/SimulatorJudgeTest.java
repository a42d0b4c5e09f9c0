package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.oracle.Trace;
import org.loaderlab.oracle.WorldFacts;
import org.loaderlab.sim.RunResult;
import org.loaderlab.sim.TaskState;

/**
 * Goal: without any oracle, the simulator still reports what it sees itself: a hang with the
 * tasks left, each task failure, each simulated segfault; a clean run gives nothing. Method:
 * hand-made evidence.
 */
class SimulatorJudgeTest {

  private static final LibRef SIP = new LibRef(ModuleName.of("chan_sip"), 1);

  private static Evidence evidence(RunResult result, List<Observation> observations) {
    return new Evidence(SimulationSettings.of(1), List.of(new Action.Shutdown(true)), result, List.of(), observations,
        Trace.builder(WorldFacts.empty()).build(), List.of());
  }

  @Test
  void violations_cleanRun_none() {
    RunResult quiet = new RunResult(RunResult.Kind.QUIESCENT, 0, 10, 10, List.of(), List.of());
    assertThat(Judges.simulator().violations(evidence(quiet, List.of(new Observation.CodeRan(3, SIP,
        CodeKind.CHANNEL_TECH, "SIP"))))).isEmpty();
  }

  @Test
  void violations_blockedRunFailureAndSegfault_eachReported() {
    RunResult blocked = new RunResult(RunResult.Kind.BLOCKED, 0, 40, 40,
        List.of(new RunResult.AliveTask("admin", TaskState.WAITING, "waiting for load x")),
        List.of(new RunResult.TaskFailure(7, "channel:SIP/1", new IllegalStateException("boom"))));
    List<String> violations = Judges.simulator().violations(evidence(blocked,
        List.of(new Observation.CodeRanUnmapped(12, SIP, CodeKind.CHANNEL_TECH, "SIP"))));
    assertThat(violations).containsExactly(
        "hang: every task blocked at step 40; admin waiting for load x",
        "failure: step 7: channel:SIP/1 threw java.lang.IllegalStateException: boom",
        "safety: code ran in an unmapped lib: step 12 code-ran-unmapped chan_sip#1 " + CodeKind.CHANNEL_TECH.label() + " SIP");
  }

  @Test
  void violations_stepBudgetOut_hang() {
    RunResult hang = new RunResult(RunResult.Kind.HANG, 0, 5, 5, List.of(), List.of());
    assertThat(Judges.simulator().violations(evidence(hang, List.of())))
        .containsExactly("hang: step budget exceeded at step 5");
  }
}
