package org.loaderlab.engine.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Provision;

/**
 * A realtime driver: {@code struct ast_config_engine x = { .name = "sqlite3", ... }} provides
 * {@code realtime=sqlite3}, the name extconfig.conf maps config files to.
 */
final class RealtimeEngineRecognizer implements StructRecognizer {

  static final String STRUCT_TYPE = "ast_config_engine";

  @Override
  public String structType() {
    return STRUCT_TYPE;
  }

  @Override
  public Optional<Located<Provision>> recognize(Token variable, Map<String, List<Token>> fields, Findings findings) {
    List<Token> value = fields.getOrDefault("name", List.of());
    Optional<String> name = CArguments.string(value).map(String::strip).filter(s -> !s.isEmpty());
    if (name.isEmpty()) {
      findings.warning(variable.line(), "realtime-engine-without-name", "realtime engine '" + variable.text()
          + "' has no .name string literal; it is not listed as provided");
      return Optional.empty();
    }
    return Optional.of(new Located<>(Provision.of(Kinds.REALTIME, name.get()), findings.at(value.get(0).line())));
  }
}
