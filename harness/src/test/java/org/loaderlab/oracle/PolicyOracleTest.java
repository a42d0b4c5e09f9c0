package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;
import static org.loaderlab.oracle.HandTrace.manifest;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * Goal: a banned, cyclic or tampered module is reported each time its lib opens (once per
 * opening, whichever of the engine and the world tells first), and a startup that goes on without
 * a required module is reported, while one that gives up is not. Method: hand-built traces; the
 * world below.
 *
 * <pre>
 *   modules.conf: neverload=app_system, require=r      a <-> b (a cycle)      x: tampered binary
 * </pre>
 */
class PolicyOracleTest {

  private static final Plan STARTUP = new Plan(new Operation.Startup(), List.of(), List.of(), List.of());

  private static WorldFacts facts() {
    return WorldFacts.builder()
        .manifest(manifest("app_system")).manifest(manifest("r")).manifest(manifest("o")).manifest(manifest("x"))
        .manifest(manifest("a", "[uses]", "module=b")).manifest(manifest("b", "[uses]", "module=a"))
        .modulesConf(HandTrace.modulesConf("[modules]", "neverload=app_system", "require=r"))
        .tampered(m("x"))
        .build();
  }

  private static List<Violation> check(HandTrace trace) {
    return new PolicyOracle().check(trace.build());
  }

  @Test
  void bannedLoaded_mappedThenOpened_reportedOnce() {
    HandTrace trace = new HandTrace(facts())
        .at(0).plan(m("app_system"), new Operation.Load(m("app_system")))
        .at(1).observe(new Observation.LibMapped(1, new LibRef(m("app_system"), 1), false)).opened("app_system");

    assertThat(check(trace)).containsExactly(new Violation.Policy(Violation.Policy.Kind.BANNED_LOADED, 1,
        List.of(m("app_system")), "app_system was loaded though modules.conf bans it",
        List.of("0 #1 plan-decided app_system: load app_system, 0 steps", "1 lib-mapped app_system#1",
            "fact: neverload=app_system (modules.conf:2)")));
  }

  @Test
  void bannedLoaded_openedTwice_reportedPerOpening() {
    HandTrace trace = new HandTrace(facts()).at(1).opened("app_system").at(2).closed("app_system").at(3).opened("app_system");

    assertThat(check(trace)).extracting(Violation::stepIndex).containsExactly(1L, 3L);
  }

  @Test
  void cycleLoaded_memberOpened_reportedWithTheCycle() {
    HandTrace trace = new HandTrace(facts()).at(4).opened("a");

    assertThat(check(trace)).containsExactly(new Violation.Policy(Violation.Policy.Kind.CYCLE_LOADED, 4,
        List.of(m("a"), m("b")), "a was loaded though it is on the dependency cycle a -> b -> a",
        List.of("4 #1 lib-opened a", "fact: cycle a -> b -> a")));
  }

  @Test
  void tamperedLoaded_opened_reported() {
    HandTrace trace = new HandTrace(facts()).at(2).opened("x");

    assertThat(check(trace)).containsExactly(new Violation.Policy(Violation.Policy.Kind.TAMPERED_LOADED, 2,
        List.of(m("x")), "x was loaded though its binary does not match its manifest's checksum",
        List.of("2 #1 lib-opened x", "fact: the binary of x does not match the checksum of x.manifest")));
  }

  @Test
  void requireNotFatal_requiredFailedAndStartupReportedSuccess_reported() {
    HandTrace trace = new HandTrace(facts())
        .at(0).plan(m("loader"), STARTUP)
        .at(1).opened("r").starting("r").failed("r", "load_module declined")
        .at(2).checkpoint()
        .operation(new Trace.OperationRun(new Operation.Startup(), 0, Optional.empty(),
            Optional.of(new Outcome(new Operation.Startup(), STARTUP, true, List.of()))));

    assertThat(check(trace)).containsExactly(new Violation.Policy(Violation.Policy.Kind.REQUIRE_NOT_FATAL, 1,
        List.of(m("r")), "startup went on though required r did not start; it reported success",
        List.of("0 #1 plan-decided loader: startup, 0 steps", "1 #4 instance-failed r: load_module declined",
            "fact: require=r (modules.conf:3)")));
  }

  @Test
  void requireNotFatal_requiredFailedOthersStillRun_reportedWithoutOutcome() {
    HandTrace trace = new HandTrace(facts())
        .at(0).plan(m("loader"), STARTUP)
        .at(1).start("o").took("o", RefTarget.INSTANCE, HandTrace.CLI)
        .at(2).opened("r").starting("r").failed("r", "load_module declined")
        .checkpoint();

    assertThat(check(trace)).extracting(Violation::message)
        .containsExactly("startup went on though required r did not start; 1 module(s) it started still run");
  }

  @Test
  void requireFailed_startupUndoneAndFailed_noViolation() {
    HandTrace trace = new HandTrace(facts())
        .at(0).plan(m("loader"), STARTUP)
        .at(1).start("o").at(2).opened("r").starting("r").failed("r", "load_module declined")
        .at(3).stop("o").checkpoint()
        .operation(new Trace.OperationRun(new Operation.Startup(), 0, Optional.empty(),
            Optional.of(new Outcome(new Operation.Startup(), STARTUP, false, List.of()))));

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void requireNotFatal_startupStillRunning_notJudgedYet() {
    HandTrace trace = new HandTrace(facts())
        .at(0).plan(m("loader"), STARTUP).at(1).start("o").at(2).opened("r").starting("r").failed("r", "declined");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void cleanTrace_noViolation() {
    assertThat(new PolicyOracle().check(OraclesTest.cleanTrace())).isEmpty();
  }
}
