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
 * Goal: a realtime engine struct provides {@code realtime=<name>} from its {@code .name}
 * literal, and one without a usable name is a warning. Method: initialiser bodies as tokens.
 */
class RealtimeEngineRecognizerTest {

  private final Findings findings = new Findings("r.c", 10);

  private Optional<Located<Provision>> recognize(String body) {
    Map<String, List<Token>> fields = CArguments.fields(CArguments.split(Sources.tokens(body)));
    return new RealtimeEngineRecognizer().recognize(new Token(Token.Kind.IDENTIFIER, "engine", 1), fields, findings);
  }

  @Test
  void recognize_nameLiteral_isProvided() {
    assertThat(recognize(".load_func = load,\n.name = \"pg\" \"sql\",").map(Located::toString))
        .contains("realtime=pgsql (r.c:2)");
    assertThat(findings.list()).isEmpty();
  }

  @Test
  void recognize_noUsableName_isAWarning() {
    assertThat(recognize(".name = ENGINE_NAME")).isEmpty();
    assertThat(recognize("\"positional\", load")).isEmpty();
    assertThat(findings.list()).extracting(Diagnostic::code)
        .containsExactly("realtime-engine-without-name", "realtime-engine-without-name");
    assertThat(findings.list().get(0).message())
        .isEqualTo("realtime engine 'engine' has no .name string literal; it is not listed as provided");
  }
}
