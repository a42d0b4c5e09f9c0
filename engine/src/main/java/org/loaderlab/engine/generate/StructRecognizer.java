package org.loaderlab.engine.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.manifest.Provision;

/**
 * Turns one kind of registration struct ({@code static struct TYPE x = { .field = ... }}) into
 * what the module provides. One small class per struct type, so adding a fact is adding a class.
 */
interface StructRecognizer {

  /** The C struct tag watched for, such as {@code ast_config_engine}. */
  String structType();

  /**
   * What the initialiser provides, or empty (with a warning in {@code findings} when the struct
   * should have said and did not).
   *
   * @param variable the struct variable's name token
   * @param fields the designated fields, in source order
   */
  Optional<Located<Provision>> recognize(Token variable, Map<String, List<Token>> fields, Findings findings);
}
