package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.CLI;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.observe.Observation;

/**
 * Goal: an operation's opens, starts, stops and closes are exactly its plan's (a skipped stop or
 * close excused only by a hold the plan could not remove), a re-plan has a failure behind it, and
 * a dry run is the plan decided unless the state changed in between. Method: hand-built traces of
 * loads and unloads of one module {@code a}.
 */
class FidelityOracleTest {

  private static final Operation LOAD = new Operation.Load(m("a"));
  private static final Operation UNLOAD = new Operation.Unload(m("a"), false);
  private static final Plan LOAD_PLAN = plan(LOAD, new PlanStep.OpenLib(m("a"), "the admin ran it"),
      new PlanStep.StartInstance(m("a"), "the admin ran it"));
  private static final Plan UNLOAD_PLAN = plan(UNLOAD, new PlanStep.Release(m("a"), CLI, "the admin ran it"),
      new PlanStep.StopInstance(m("a"), "its last user left"), new PlanStep.CloseLib(m("a"), "nothing holds it"));

  private static Plan plan(Operation operation, PlanStep... steps) {
    return new Plan(operation, List.of(steps), List.of(), List.of());
  }

  private static List<Violation> check(HandTrace trace) {
    return new FidelityOracle().check(trace.build());
  }

  /** a is running, held by the admin, from a load that followed its plan. */
  private static HandTrace loaded() {
    return new HandTrace(WorldFacts.empty()).at(0).plan(m("a"), LOAD_PLAN).at(1).start("a").took("a", RefTarget.INSTANCE, CLI);
  }

  @Test
  void loadAsPlanned_noViolation() {
    assertThat(check(loaded().checkpoint())).isEmpty();
  }

  @Test
  void unplannedStep_openNoPlanHas_reported() {
    HandTrace trace = loaded().at(2).opened("b").checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Fidelity(Violation.Fidelity.Kind.UNPLANNED_STEP, 2,
        List.of(m("b")), "open-lib b happened in `load a`, whose plans have no such step",
        List.of("0 #1 plan-decided a: load a, 2 steps", "2 #7 lib-opened b")));
  }

  @Test
  void unplannedStep_beforeAnyOperation_reported() {
    HandTrace trace = new HandTrace(WorldFacts.empty()).at(1).opened("a");

    assertThat(check(trace)).containsExactly(new Violation.Fidelity(Violation.Fidelity.Kind.UNPLANNED_STEP, 1,
        List.of(m("a")), "open-lib a happened outside any operation", List.of("1 #1 lib-opened a")));
  }

  @Test
  void plannedStepMissing_closeNeverCame_reported() {
    HandTrace trace = loaded().at(2).plan(m("a"), UNLOAD_PLAN)
        .at(3).dropped("a", RefTarget.INSTANCE, CLI).stopping("a").stopped("a").dropped("a", RefTarget.LIB, HandTrace.own("a"))
        .checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Fidelity(Violation.Fidelity.Kind.PLANNED_STEP_MISSING, 2,
        List.of(m("a")), "the plan of `unload a` had close-lib a, which did not happen",
        List.of("1 #2 lib-opened a", "2 #7 plan-decided a: unload a, 3 steps", "3 #10 instance-stopped a",
            "fact: planned: close-lib a because nothing holds it")));
  }

  @Test
  void plannedStepMissing_releasedHolderStayed_stopReportedCloseExcused() {
    HandTrace trace = loaded().at(2).plan(m("a"), UNLOAD_PLAN).checkpoint();

    assertThat(check(trace)).extracting(Violation::message)
        .containsExactly("the plan of `unload a` had stop-instance a, which did not happen");
  }

  @Test
  void plannedStepSkipped_channelCameAfterThePlan_excused() {
    Holder channel = new Holder(HolderKind.CHANNEL, "SIP/alice-1");
    HandTrace trace = loaded().at(2).plan(m("a"), UNLOAD_PLAN)
        .at(3).took("a", RefTarget.INSTANCE, channel).dropped("a", RefTarget.INSTANCE, CLI).checkpoint();

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void plannedStepMissing_operationNotKnownToHaveEnded_notJudged() {
    assertThat(check(loaded().at(2).plan(m("a"), UNLOAD_PLAN))).isEmpty();
  }

  @Test
  void unexplainedReplan_noFailureBeforeIt_reported() {
    Plan replan = new Plan(LOAD, List.of(new PlanStep.CloseLib(m("a"), "a failed")),
        List.of(new Refusal(m("a"), "a cannot load: it failed")), List.of());
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(0).plan(m("a"), LOAD_PLAN).at(1).opened("a").at(2).plan(m("a"), replan).at(3).closed("a").checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Fidelity(Violation.Fidelity.Kind.UNEXPLAINED_REPLAN, 2,
        List.of(m("a")), "`load a` was planned again with no failure to explain it",
        List.of("0 #1 plan-decided a: load a, 2 steps", "2 #3 plan-decided a: load a, 1 step, 1 refused",
            "fact: refused a: a cannot load: it failed")));
  }

  @Test
  void replan_afterInstanceFailed_explained() {
    Plan replan = new Plan(LOAD, List.of(new PlanStep.CloseLib(m("a"), "a failed")),
        List.of(new Refusal(m("a"), "a cannot load: load_module declined")), List.of());
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(0).plan(m("a"), LOAD_PLAN).at(1).opened("a").starting("a").failed("a", "load_module declined")
        .at(2).plan(m("a"), replan).at(3).closed("a").checkpoint();

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void replan_tamperedBinaryNeverOpened_explained() {
    Plan replan = new Plan(LOAD, List.of(), List.of(new Refusal(m("a"), "a cannot load: checksum mismatch")), List.of());
    HandTrace trace = new HandTrace(WorldFacts.builder().tampered(m("a")).build())
        .at(0).plan(m("a"), LOAD_PLAN).at(1).plan(m("a"), replan).checkpoint();

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void replan_mapFailed_explained() {
    Plan replan = new Plan(LOAD, List.of(), List.of(new Refusal(m("a"), "the linker cannot open it")), List.of());
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(0).plan(m("a"), LOAD_PLAN).observe(new Observation.MapFailed(1, m("a"), "not a fake binary"))
        .at(1).plan(m("a"), replan).checkpoint();

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void dryRunDiffers_nothingChangedInBetween_reported() {
    Plan decided = plan(LOAD, new PlanStep.OpenLib(m("a"), "x"), new PlanStep.OpenLib(m("b"), "x"),
        new PlanStep.StartInstance(m("a"), "x"));
    Plan dryRun = plan(LOAD, new PlanStep.OpenLib(m("a"), "x"), new PlanStep.StartInstance(m("a"), "x"));
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .operation(new Trace.OperationRun(LOAD, 0, Optional.of(dryRun), Optional.empty()))
        .at(4).plan(m("a"), decided);

    assertThat(check(trace)).containsExactly(new Violation.Fidelity(Violation.Fidelity.Kind.DRY_RUN_DIFFERS, 4,
        List.of(m("a"), m("b")), "the dry run of `load a` differs from the plan decided: step 2 is StartInstance a"
            + " in the dry run, OpenLib b in the plan",
        List.of("4 #1 plan-decided a: load a, 3 steps", "fact: dry run: load a, 2 steps")));
  }

  @Test
  void dryRunDiffers_stateChangedInBetween_excused() {
    Plan dryRun = plan(LOAD, new PlanStep.OpenLib(m("a"), "x"));
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .operation(new Trace.OperationRun(LOAD, 0, Optional.of(dryRun), Optional.empty()))
        .at(1).took("core", RefTarget.INSTANCE, CLI).at(4).plan(m("a"), LOAD_PLAN);

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void dryRun_sameAsDecided_noViolation() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .operation(new Trace.OperationRun(LOAD, 0, Optional.of(LOAD_PLAN), Optional.empty()))
        .at(4).plan(m("a"), LOAD_PLAN);

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void cleanTrace_noViolation() {
    assertThat(new FidelityOracle().check(OraclesTest.cleanTrace())).isEmpty();
  }
}
