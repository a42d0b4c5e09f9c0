package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal: a violation prints as text and as one line of valid JSON (quotes, backslashes and control
 * characters escaped), files under family/kind, and sorts by step, then category. Method: values
 * made by hand.
 */
class ViolationTest {

  private static final Violation LEAK = new Violation.Leak(Violation.Leak.Kind.LIB_OPEN_UNHELD, 7, List.of(m("a")),
      "the lib of a is open and nothing holds it", List.of("1 #1 lib-opened a"));

  @Test
  void category_familySlashKebabKind() {
    assertThat(LEAK.category()).isEqualTo("leak/lib-open-unheld");
    assertThat(new Violation.Fidelity(Violation.Fidelity.Kind.DRY_RUN_DIFFERS, 0, List.of(), "m", List.of()).category())
        .isEqualTo("fidelity/dry-run-differs");
  }

  @Test
  void render_headerThenIndentedChain() {
    assertThat(LEAK.render()).isEqualTo("leak/lib-open-unheld at step 7 [a]: the lib of a is open and nothing holds it\n"
        + "  1 #1 lib-opened a\n");
  }

  @Test
  void toJson_oneLineEscaped() {
    Violation violation = new Violation.Policy(Violation.Policy.Kind.BANNED_LOADED, 3, List.of(m("a"), m("b")),
        "say \"no\" \\ to\ttabs\u0001", List.of("x\ny"));

    assertThat(violation.toJson()).isEqualTo("{\"family\":\"policy\",\"kind\":\"banned-loaded\",\"step\":3,"
        + "\"modules\":[\"a\",\"b\"],\"message\":\"say \\\"no\\\" \\\\ to\\ttabs\\u0001\",\"chain\":[\"x\\ny\"]}");
  }

  @Test
  void order_byStepThenCategory() {
    Violation early = new Violation.Safety(Violation.Safety.Kind.LIB_CLOSED_TWICE, 2, List.of(m("a")), "m", List.of());
    Violation sameStep = new Violation.Hang(Violation.Hang.Kind.DEADLOCK, 7, List.of(), "m", List.of());
    List<Violation> violations = new ArrayList<>(List.of(LEAK, sameStep, early));

    violations.sort(Violation.ORDER);

    assertThat(violations).containsExactly(early, sameStep, LEAK);
  }

  @Test
  void new_negativeStep_throws() {
    assertThatThrownBy(() -> new Violation.Leak(Violation.Leak.Kind.REFERENCE_LEFT, -1, List.of(), "m", List.of()))
        .hasMessage("stepIndex must be >= 0, was -1");
  }

  @Test
  void oraclesToJson_arrayOneViolationPerLine() {
    assertThat(Oracles.toJson(List.of(LEAK, LEAK))).isEqualTo("[\n  " + LEAK.toJson() + ",\n  " + LEAK.toJson() + "\n]\n");
    assertThat(Oracles.toJson(List.of())).isEqualTo("[]\n");
  }
}
