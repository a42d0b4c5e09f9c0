package org.loaderlab.engine.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.manifest.Provision;

/**
 * A timing source: {@code struct ast_timing_interface x = { .name = "timerfd", .priority = 200 }}
 * provides the ranked service {@code timing=timerfd:200}; {@code service=timing} users get the
 * highest priority loaded, as Asterisk's timing core picks it.
 */
final class TimingInterfaceRecognizer implements StructRecognizer {

  static final String STRUCT_TYPE = "ast_timing_interface";
  static final String SERVICE_KIND = "timing";

  /** Ten digits already exceed any priority a manifest accepts; longer is noise. */
  private static final int PRIORITY_DIGITS_MAX = 9;

  @Override
  public String structType() {
    return STRUCT_TYPE;
  }

  @Override
  public Optional<Located<Provision>> recognize(Token variable, Map<String, List<Token>> fields, Findings findings) {
    List<Token> nameValue = fields.getOrDefault("name", List.of());
    Optional<String> name = CArguments.string(nameValue).map(String::strip).filter(s -> !s.isEmpty());
    if (name.isEmpty()) {
      findings.warning(variable.line(), "timing-interface-without-name", "timing interface '" + variable.text()
          + "' has no .name string literal; it is not listed as provided");
      return Optional.empty();
    }
    List<Token> priorityValue = fields.getOrDefault("priority", List.of());
    OptionalInt priority = priority(priorityValue);
    if (priority.isEmpty()) {
      String spelled = priorityValue.isEmpty() ? "nothing" : "'" + Text.quote(CArguments.spell(priorityValue)) + "'";
      findings.warning(variable.line(), "timing-interface-without-priority", "timing interface '" + name.get()
          + "' has .priority " + spelled + ", not a number; it is not listed as provided");
      return Optional.empty();
    }
    Provision provision = new Provision(SERVICE_KIND, name.get(), priority);
    return Optional.of(new Located<>(provision, findings.at(nameValue.get(0).line())));
  }

  private static OptionalInt priority(List<Token> value) {
    if (value.size() != 1 || value.get(0).kind() != Token.Kind.NUMBER) {
      return OptionalInt.empty();
    }
    String digits = value.get(0).text().replaceAll("[uUlL]+$", "");
    if (digits.isEmpty() || digits.length() > PRIORITY_DIGITS_MAX || !digits.chars().allMatch(Character::isDigit)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(digits));
  }
}
