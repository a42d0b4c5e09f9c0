package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.manifest.Provision;

/**
 * Goal: a timing interface provides the ranked service {@code timing=<name>:<priority>}; without
 * a name or a numeric priority it provides nothing and says why. Method: initialiser bodies as tokens.
 */
class TimingInterfaceRecognizerTest {

  private final Findings findings = new Findings("t.c", 10);

  private Optional<Located<Provision>> recognize(String body) {
    Map<String, List<Token>> fields = CArguments.fields(CArguments.split(Sources.tokens(body)));
    return new TimingInterfaceRecognizer().recognize(new Token(Token.Kind.IDENTIFIER, "timing", 1), fields, findings);
  }

  @Test
  void recognize_nameAndPriority_isARankedProvision() {
    assertThat(recognize(".name = \"timerfd\",\n.priority = 200,\n.timer_open = open,").map(Located::toString))
        .contains("timing=timerfd:200 (t.c:1)");
    assertThat(recognize(".priority = 100U, .name = \"dahdi\"").map(l -> l.value().toString())).contains("timing=dahdi:100");
    assertThat(findings.list()).isEmpty();
  }

  @Test
  void recognize_missingOrOddPriority_isAWarning() {
    assertThat(recognize(".name = \"kqueue\"")).isEmpty();
    assertThat(recognize(".name = \"pthread\", .priority = BASE + 1")).isEmpty();
    assertThat(recognize(".priority = 5")).isEmpty();
    assertThat(findings.list()).extracting(Diagnostic::message).containsExactly(
        "timing interface 'kqueue' has .priority nothing, not a number; it is not listed as provided",
        "timing interface 'pthread' has .priority 'BASE + 1', not a number; it is not listed as provided",
        "timing interface 'timing' has no .name string literal; it is not listed as provided");
  }
}
