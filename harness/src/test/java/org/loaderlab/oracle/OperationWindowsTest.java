package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/**
 * Goal: a trace splits into one window per operation, a re-plan stays in its operation's window
 * while a second load of the same module opens a new one, and only windows known to have ended
 * are complete. Method: hand-built traces of plans.
 */
class OperationWindowsTest {

  private static final Operation LOAD = new Operation.Load(m("a"));
  private static final Plan FIRST = new Plan(LOAD, List.of(new PlanStep.OpenLib(m("a"), "x")), List.of(), List.of());
  private static final Plan REPLAN = new Plan(LOAD, List.of(), List.of(new Refusal(m("a"), "it failed")), List.of());

  @Test
  void of_replanAndNewLoad_twoWindowsFirstWithTwoPlans() {
    Trace trace = new HandTrace(WorldFacts.empty())
        .at(0).opened("z")
        .at(1).plan(m("a"), FIRST).at(2).plan(m("a"), REPLAN).at(3).plan(m("a"), FIRST).opened("a")
        .build();

    List<OperationWindows.Window> windows = OperationWindows.of(trace);

    assertThat(windows).extracting(OperationWindows.Window::firstIndex, OperationWindows.Window::endIndex,
        window -> window.plans().size(), OperationWindows.Window::complete)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3, 2, true),
            org.assertj.core.groups.Tuple.tuple(3, 5, 1, false));
    assertThat(OperationWindows.firstIndex(windows, trace.entries().size())).isEqualTo(1);
  }

  @Test
  void of_sameRefusalForAnUnloadAfterwards_notAReplan() {
    Plan unload = new Plan(new Operation.Unload(m("a"), false), List.of(), List.of(new Refusal(m("a"), "not running")),
        List.of());
    Trace trace = new HandTrace(WorldFacts.empty()).plan(m("a"), FIRST).plan(m("a"), unload).build();

    assertThat(OperationWindows.of(trace)).hasSize(2);
  }

  @Test
  void of_checkpointAfterTheLastStart_lastWindowComplete() {
    Trace trace = new HandTrace(WorldFacts.empty()).plan(m("a"), FIRST).opened("a").checkpoint().build();

    assertThat(OperationWindows.of(trace)).singleElement().extracting(OperationWindows.Window::complete).isEqualTo(true);
  }

  @Test
  void of_noPlan_noWindow() {
    Trace trace = new HandTrace(WorldFacts.empty()).opened("a").build();

    assertThat(OperationWindows.of(trace)).isEmpty();
    assertThat(OperationWindows.firstIndex(List.of(), 1)).isEqualTo(1);
  }
}
