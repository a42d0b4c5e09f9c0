package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.dependent;
import static org.loaderlab.oracle.HandTrace.m;
import static org.loaderlab.oracle.HandTrace.manifest;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.plan.Operation;

/**
 * Goal: each ordering rule fires on the trace that breaks it, with its step, modules and chain,
 * and stays quiet on the order the rule allows. Method: hand-built traces over this world:
 *
 * <pre>
 *   core <- app                      app: [uses] module=core
 *   best (timing 200), worse (100) <- chan: [uses] service=timing
 *   a (channel_driver), t (timing), t2 (timing, [uses] module=a)
 * </pre>
 */
class OrderingOracleTest {

  private static WorldFacts.Builder world() {
    return WorldFacts.builder()
        .manifest(manifest("core"))
        .manifest(manifest("app", "[uses]", "module=core"))
        .manifest(manifest("best", "[provides]", "timing=best:200"))
        .manifest(manifest("worse", "[provides]", "timing=worse:100"))
        .manifest(manifest("chan", "[uses]", "service=timing"))
        .manifest(manifest("a", "load_priority=channel_driver"))
        .manifest(manifest("t", "load_priority=timing"))
        .manifest(manifest("t2", "load_priority=timing", "[uses]", "module=a"));
  }

  private static List<Violation> check(HandTrace trace) {
    return new OrderingOracle().check(trace.build());
  }

  @Test
  void startedBeforeDependency_dependencyNeverRan_reported() {
    HandTrace trace = new HandTrace(world().build()).at(1).start("app");

    assertThat(check(trace)).containsExactly(new Violation.Ordering(
        Violation.Ordering.Kind.STARTED_BEFORE_DEPENDENCY, 1, List.of(m("app"), m("core")),
        "app started while no provider of module=core was running",
        List.of("1 #2 instance-starting app", "fact: app needs module=core; providers: core")));
  }

  @Test
  void startedBeforeDependency_dependencyStoppedFirst_chainShowsTheStop() {
    HandTrace trace = new HandTrace(world().build()).at(1).start("core").at(2).stop("core").at(3).start("app");

    assertThat(check(trace)).extracting(Violation::chain).containsExactly(List.of(
        "2 #6 instance-stopped core", "3 #10 instance-starting app", "fact: app needs module=core; providers: core"));
  }

  @Test
  void startedAfterDependency_noViolation() {
    HandTrace trace = new HandTrace(world().build())
        .at(1).start("core").at(2).took("core", RefTarget.INSTANCE, dependent("app")).start("app");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void stoppedUnderUser_dependentStillHolds_reported() {
    HandTrace trace = new HandTrace(world().build())
        .at(1).start("core").at(2).took("core", RefTarget.INSTANCE, dependent("app")).start("app")
        .at(3).stopping("core");

    assertThat(check(trace)).containsExactly(new Violation.Ordering(
        Violation.Ordering.Kind.STOPPED_UNDER_USER, 3, List.of(m("core"), m("app")),
        "core began stopping while app still held it",
        List.of("2 #5 reference-taken core instance by dependent:app (test)", "3 #10 instance-stopping core")));
  }

  @Test
  void stoppedUnderUser_runningUserNeedsIt_reportedFromTheFacts() {
    HandTrace trace = new HandTrace(world().build()).at(1).start("core").at(2).start("app").at(3).stopping("core");

    assertThat(check(trace)).containsExactly(new Violation.Ordering(
        Violation.Ordering.Kind.STOPPED_UNDER_USER, 3, List.of(m("core"), m("app")),
        "core began stopping while app still ran and needs it",
        List.of("2 #8 instance-running app", "3 #9 instance-stopping core",
            "fact: app needs module=core, which no other running module provides")));
  }

  @Test
  void stoppedAfterItsUser_noViolation() {
    HandTrace trace = new HandTrace(world().build())
        .at(1).start("core").at(2).took("core", RefTarget.INSTANCE, dependent("app")).start("app")
        .at(3).stop("app").dropped("core", RefTarget.INSTANCE, dependent("app")).at(4).stop("core");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void loadPriorityIgnored_readyLowerPriorityStartedLater_reportedOnce() {
    HandTrace trace = new HandTrace(world().build())
        .at(0).plan(m("loader"), new Operation.Startup()).at(1).start("a").at(2).start("t");

    assertThat(check(trace)).containsExactly(new Violation.Ordering(
        Violation.Ordering.Kind.LOAD_PRIORITY_IGNORED, 1, List.of(m("t"), m("a")),
        "t (timing) was ready but started after 1 module(s) of higher load_priority, the first a (channel_driver)",
        List.of("1 #3 instance-starting a", "2 #7 instance-starting t",
            "fact: load_priority t=timing (50), a=channel_driver (70)")));
  }

  @Test
  void loadPriority_orderForcedByDependency_noViolation() {
    HandTrace trace = new HandTrace(world().build())
        .at(0).plan(m("loader"), new Operation.Startup()).at(1).start("a").at(2).start("t2");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void loadPriority_loadOutsideStartup_notJudged() {
    HandTrace trace = new HandTrace(world().build())
        .at(0).plan(m("a"), new Operation.Load(m("a"))).at(1).start("a")
        .at(2).plan(m("t"), new Operation.Load(m("t"))).at(3).start("t");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void worseProvider_bestCouldLoad_reported() {
    HandTrace trace = new HandTrace(world().build())
        .at(1).start("worse").at(2).opened("chan").took("worse", RefTarget.INSTANCE, dependent("chan")).starting("chan");

    assertThat(check(trace)).containsExactly(new Violation.Ordering(
        Violation.Ordering.Kind.WORSE_PROVIDER, 2, List.of(m("chan"), m("worse"), m("best")),
        "chan uses worse for service=timing, but best ranks higher and could load",
        List.of("2 #6 reference-taken worse instance by dependent:chan (test)", "2 #7 instance-starting chan",
            "fact: providers of timing, best first: best (200), worse (100)")));
  }

  @Test
  void worseProvider_bestBanned_noViolation() {
    WorldFacts facts = world().modulesConf(HandTrace.modulesConf("[modules]", "neverload=best")).build();
    HandTrace trace = new HandTrace(facts)
        .at(1).start("worse").at(2).opened("chan").took("worse", RefTarget.INSTANCE, dependent("chan")).starting("chan");

    assertThat(check(trace)).isEmpty();
  }
}
