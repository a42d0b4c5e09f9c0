package org.loaderlab.engine.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Reads an {@code AST_MODULE_INFO} call into a {@link ModuleDeclaration}.
 *
 * <ul>
 *   <li>{@code AST_MODULE_INFO(key, flags, desc, fields...)}: {@code AST_MODFLAG_GLOBAL_SYMBOLS}
 *       among the flags exports globals; {@code desc}, when it is string literals only, is the
 *       description (a name such as {@code tdesc} is a warning: its value is elsewhere);
 *       {@code .requires} (and Asterisk 11's {@code .nonoptreq}) are used modules,
 *       {@code .optional_modules} optional ones, {@code .load_pri} a {@link PriorityExpression},
 *       {@code .support_level} an {@code AST_MODULE_SUPPORT_*} name.
 *   <li>{@code AST_MODULE_INFO_STANDARD}, {@code _STANDARD_EXTENDED}, {@code _STANDARD_DEPRECATED}
 *       {@code (key, desc)}: what module.h expands them to (default priority, no global symbols,
 *       support level core, extended, deprecated).
 *   <li>{@code AST_MODULE_INFO_RELOADABLE(key, desc, load, unload, reload)}: a standard module
 *       with a reload, so like {@code AST_MODULE_INFO_STANDARD}.
 *   <li>Any other {@code AST_MODULE_INFO_*}: read for its description, with a warning.
 * </ul>
 */
final class ModuleMacroReader {

  private static final String FULL = "AST_MODULE_INFO";
  private static final String GLOBAL_SYMBOLS = "AST_MODFLAG_GLOBAL_SYMBOLS";
  private static final String SUPPORT_PREFIX = "AST_MODULE_SUPPORT_";
  private static final String SUPPORT_UNKNOWN = "AST_MODULE_SUPPORT_UNKNOWN";
  /** Arguments before the designated fields of the full form: key, flags, description. */
  private static final int FULL_POSITIONAL_COUNT = 3;

  /** What a short form implies, as module.h expands it. */
  private record ShortForm(SupportLevel supportLevel) {}

  /** The short forms of module.h, looked up by name and never iterated. */
  private static final Map<String, ShortForm> SHORT_FORMS = Map.of(
      "AST_MODULE_INFO_STANDARD", new ShortForm(SupportLevel.CORE),
      "AST_MODULE_INFO_STANDARD_EXTENDED", new ShortForm(SupportLevel.EXTENDED),
      "AST_MODULE_INFO_STANDARD_DEPRECATED", new ShortForm(SupportLevel.DEPRECATED),
      "AST_MODULE_INFO_RELOADABLE", new ShortForm(SupportLevel.CORE));

  private final Findings findings;

  ModuleMacroReader(Findings findings) {
    this.findings = findings;
  }

  /** The declaration {@code name(arguments)} makes, or empty when it is too broken to be one. */
  Optional<ModuleDeclaration> read(Token name, List<Token> tokens) {
    List<List<Token>> arguments = CArguments.split(tokens);
    SourceLocation location = findings.at(name.line());
    DeclarationBuilder builder = new DeclarationBuilder(ModuleDeclaration.Origin.AST_MODULE_INFO, location);
    if (name.text().equals(FULL)) {
      if (arguments.size() < FULL_POSITIONAL_COUNT) {
        findings.warning(name.line(), "malformed-module-macro", FULL + " has " + arguments.size()
            + " arguments, it needs at least " + FULL_POSITIONAL_COUNT + "; it is skipped");
        return Optional.empty();
      }
      boolean global = arguments.get(1).stream().anyMatch(t -> t.is(Token.Kind.IDENTIFIER, GLOBAL_SYMBOLS));
      builder.exportGlobals(new Located<>(global, location));
      description(arguments.get(2), builder);
      fields(CArguments.fields(arguments.subList(FULL_POSITIONAL_COUNT, arguments.size())), builder);
      return Optional.of(builder.build());
    }
    ShortForm form = SHORT_FORMS.get(name.text());
    if (form == null) {
      findings.warning(name.line(), "unknown-module-macro", "unknown macro '" + Text.quote(name.text())
          + "'; only its description is read");
    }
    if (arguments.size() < 2) {
      findings.warning(name.line(), "malformed-module-macro", name.text() + " has " + arguments.size()
          + " arguments, it needs at least 2; it is skipped");
      return Optional.empty();
    }
    description(arguments.get(1), builder);
    if (form != null) {
      builder.exportGlobals(new Located<>(false, location));
      builder.supportLevel(new Located<>(form.supportLevel(), location));
      builder.loadPriority(new Located<>(LoadPriority.DEFAULT, location));
    }
    return Optional.of(builder.build());
  }

  private void description(List<Token> argument, DeclarationBuilder builder) {
    if (argument.isEmpty()) {
      return;
    }
    int line = argument.get(0).line();
    Optional<String> literal = CArguments.string(argument);
    if (literal.isEmpty()) {
      // tdesc and friends: the value is a variable elsewhere in the file, which a lexer cannot follow.
      findings.warning(line, "description-not-literal", "description '" + Text.quote(CArguments.spell(argument))
          + "' is not a string literal; the manifest has no description");
      return;
    }
    Optional<String> text = literal.map(Text::oneLine).filter(s -> !s.isEmpty());
    text.ifPresent(value -> builder.description(new Located<>(value, findings.at(line))));
  }

  private void fields(Map<String, List<Token>> fields, DeclarationBuilder builder) {
    for (Map.Entry<String, List<Token>> field : fields.entrySet()) {
      List<Token> value = field.getValue();
      if (value.isEmpty()) {
        continue;
      }
      switch (field.getKey()) {
        case "requires":
        case "nonoptreq":
          modules(field.getKey(), value, builder::use);
          break;
        case "optional_modules":
          modules(field.getKey(), value, builder::canUse);
          break;
        case "load_pri":
          loadPriority(value, builder);
          break;
        case "support_level":
          supportLevel(value, builder);
          break;
        default:
          break;
      }
    }
  }

  private void modules(String field, List<Token> value, Consumer<Located<Requirement>> sink) {
    Optional<String> list = CArguments.string(value);
    int line = value.get(0).line();
    if (list.isEmpty()) {
      findings.warning(line, "module-list-not-literal", "." + field + " is '" + Text.quote(CArguments.spell(value))
          + "', not a string literal; its modules are left out");
      return;
    }
    for (String name : list.get().split(",", -1)) {
      String module = name.strip();
      if (!module.isEmpty()) {
        sink.accept(new Located<>(new Requirement(Kinds.MODULE, module), findings.at(line)));
      }
    }
  }

  private void loadPriority(List<Token> value, DeclarationBuilder builder) {
    int line = value.get(0).line();
    String spelled = CArguments.spell(value);
    Optional<PriorityExpression.Reading> reading = PriorityExpression.read(value);
    if (reading.isEmpty()) {
      findings.warning(line, "bad-load-priority", "load priority '" + Text.quote(spelled)
          + "' is not understood; it is left unset");
      return;
    }
    LoadPriority priority = reading.get().priority();
    if (!reading.get().exact()) {
      findings.warning(line, "load-priority-rounded", "load priority '" + Text.quote(spelled)
          + "' is not a named priority; using '" + priority.configName() + "'");
    }
    builder.loadPriority(new Located<>(priority, findings.at(line)));
  }

  private void supportLevel(List<Token> value, DeclarationBuilder builder) {
    int line = value.get(0).line();
    String spelled = CArguments.spell(value);
    if (spelled.equals(SUPPORT_UNKNOWN)) {
      return;
    }
    Optional<SupportLevel> level = value.size() == 1 && spelled.startsWith(SUPPORT_PREFIX)
        ? SupportLevel.parse(spelled.substring(SUPPORT_PREFIX.length())) : Optional.empty();
    if (level.isEmpty()) {
      findings.warning(line, "bad-support-level", "support level '" + Text.quote(spelled)
          + "' is not AST_MODULE_SUPPORT_CORE, _EXTENDED or _DEPRECATED");
      return;
    }
    builder.supportLevel(new Located<>(level.get(), findings.at(line)));
  }
}
