package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.oracle.Violation;
import org.loaderlab.sim.RunResult;

/**
 * Goal: the violations' JSON carries what replays the run (the seed as a string) and each
 * violation as the oracles render it, a task failure as family "failure"; strings are escaped.
 * Method: hand-made violations and failures.
 */
class ViolationsJsonTest {

  @Test
  void render_settingsCountAndEachViolation() {
    Violation lie = new Violation.Conformance(Violation.Conformance.Kind.USES_UNDECLARED, 33,
        List.of(ModuleName.of("app_x"), ModuleName.of("res_y")), "app_x uses res_y", List.of("33 use-taken"));
    RunResult.TaskFailure failure = new RunResult.TaskFailure(7, "channel:SIP/1", new IllegalStateException("a \"b\""));
    String json = ViolationsJson.render(SimulationSettings.of(9_007_199_254_740_993L).withReleaseDelayStepsMax(4),
        List.of(failure), List.of(lie));
    assertThat(json).isEqualTo("{\"settings\":{\"loader\":\"engine\",\"seed\":\"9007199254740993\",\"actions\":50,"
        + "\"scheduler\":\"random\",\"delay_releases\":4},\n\"count\":2,\n\"violations\":[\n"
        + "  {\"family\":\"failure\",\"kind\":\"task-threw\",\"step\":7,\"modules\":[],\"message\":"
        + "\"step 7: channel:SIP/1 threw java.lang.IllegalStateException: a \\\"b\\\"\",\"chain\":[]},\n"
        + "  " + lie.toJson() + "\n]}\n");
  }

  @Test
  void render_none_emptyArray() {
    assertThat(ViolationsJson.render(SimulationSettings.of(1), List.of(), List.of()))
        .endsWith("\"count\":0,\n\"violations\":[]}\n");
  }
}
