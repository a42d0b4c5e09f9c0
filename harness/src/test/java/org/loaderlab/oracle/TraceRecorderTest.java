package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.sim.RunResult;
import org.loaderlab.sim.Script;

/**
 * Goal: the recorder puts events and observations in the order they happened (observations made
 * before an event arrived come before it), stamps events with the step they were seen at, turns
 * quiescent runs into checkpoints, and records each operation with its dry run and outcome.
 * Method: a hand-driven clock and log; then the real engine on the seed world.
 */
class TraceRecorderTest {

  private long step;

  @Test
  void trace_interleavesByWhatTheLogHeldWhenEachEventCame() {
    ObservationLog log = new ObservationLog();
    TraceRecorder recorder = new TraceRecorder(() -> step, log);
    LibRef lib = new LibRef(m("a"), 1);

    step = 1;
    log.append(new Observation.LibMapped(1, lib, false));
    recorder.onEvent(new LifecycleEvent.LibOpened(1, m("a")));
    step = 2;
    log.append(new Observation.CodeRan(2, lib, org.loaderlab.observe.CodeKind.LOAD_MODULE, "load_module"));
    recorder.checkpoint();
    step = 3;
    recorder.onEvent(new LifecycleEvent.InstanceStarting(2, m("a")));
    log.append(new Observation.LibUnmapped(3, lib));

    Trace trace = recorder.trace(WorldFacts.empty());
    assertThat(trace.render()).isEqualTo("1 lib-mapped a#1\n1 #1 lib-opened a\n2 code-ran a#1 load_module load_module\n"
        + "3 #2 instance-starting a\n3 lib-unmapped a#1\n");
    assertThat(trace.checkpoints()).containsExactly(new Trace.Checkpoint(3, 2));
    assertThat(recorder.lastSequence()).isEqualTo(2);
  }

  @Test
  void ran_quiescentIsACheckpoint_hangIsNot_bothKept() {
    TraceRecorder recorder = new TraceRecorder(() -> step, new ObservationLog());
    RunResult quiet = new RunResult(RunResult.Kind.QUIESCENT, 0, 4, 4, List.of(), List.of());
    RunResult hang = new RunResult(RunResult.Kind.HANG, 4, 9, 9, List.of(), List.of());

    recorder.ran(quiet);
    recorder.ran(hang);

    Trace trace = recorder.trace(WorldFacts.empty());
    assertThat(trace.checkpoints()).containsExactly(new Trace.Checkpoint(0, 4));
    assertThat(trace.runs()).containsExactly(quiet, hang);
  }

  @Test
  void submit_realEngine_recordsDryRunEqualToThePlanDecidedAndTheOutcome() {
    try (SeedRun run = new SeedRun("seed")) {
      var outcome = run.recorder.submit(run.loader, new Operation.Startup());
      run.settle();

      Trace trace = run.trace();
      Trace.OperationRun startup = trace.operations().get(0);
      LifecycleEvent.PlanDecided decided = (LifecycleEvent.PlanDecided) ((Trace.EventEntry) trace.entries().stream()
          .filter(entry -> entry instanceof Trace.EventEntry).findFirst().orElseThrow()).event();
      assertThat(startup.afterSequence()).isZero();
      assertThat(startup.dryRun()).contains(decided.plan());
      assertThat(startup.outcome()).contains(outcome.join());
      assertThat(trace.entries()).allMatch(entry -> entry.stepIndex() <= trace.checkpoints().get(0).stepIndex());
    }
  }

  @Test
  void trace_sameSeedTwice_byteIdentical() {
    assertThat(recordedRandomRun(42L)).isEqualTo(recordedRandomRun(42L));
  }

  private static String recordedRandomRun(long seed) {
    try (SeedRun run = new SeedRun("seed", seed, 4)) {
      run.sim.spawn("admin", Script.builder()
          .call("start", () -> run.recorder.submit(run.loader, new Operation.Startup()), outcome -> { })
          .call("unload", () -> run.recorder.submit(run.loader, new Operation.Unload(m("chan_sip"), true)), outcome -> { })
          .call("shutdown", () -> run.recorder.submit(run.loader, new Operation.Shutdown(false)), outcome -> { })
          .build());
      run.settle();
      Trace trace = run.trace();
      return trace.render() + trace.checkpoints() + Oracles.toJson(Oracles.all().check(trace));
    }
  }

  @Test
  void submit_deferredStop_refused() {
    try (SeedRun run = new SeedRun("seed")) {
      assertThatThrownBy(() -> run.recorder.submit(run.loader, new Operation.Stop(m("a"), "nothing held it")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
