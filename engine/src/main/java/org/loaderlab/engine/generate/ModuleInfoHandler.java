package org.loaderlab.engine.generate;

import java.util.Locale;
import java.util.Optional;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;
import org.xml.sax.Attributes;

/**
 * Reads the top-level elements of a {@code MODULEINFO} block into a {@link DeclarationBuilder}.
 *
 * <ul>
 *   <li>{@code <use type="module|application|function|...">X</use>}: a run-time dependency;
 *       {@code type="external"} is a library, filtered; no {@code type} is an error, since the
 *       seed made it mandatory and guessing would invent a dependency kind.
 *   <li>{@code <depend>}: build time only, kept aside (see {@link ModuleDeclaration#buildDepends}).
 *   <li>{@code <support_level>}, {@code <defaultenabled>}, {@code <export_globals/>},
 *       {@code <load_priority>}: once each; a repeat is a warning and the first wins.
 *   <li>Anything else ({@code <conflict>}, {@code <replacement>}, {@code <member>}, ...) is
 *       menuselect's business and ignored without a word.
 * </ul>
 */
final class ModuleInfoHandler extends BlockHandler {

  static final String EXTERNAL = "external";

  private final DeclarationBuilder builder;
  private final Findings findings;
  private Optional<String> useType = Optional.empty();

  ModuleInfoHandler(DeclarationBuilder builder, Findings findings) {
    this.builder = builder;
    this.findings = findings;
  }

  @Override
  void open(String name, Attributes attributes, int line) {
    useType = Optional.ofNullable(attributes.getValue("type")).map(String::strip);
  }

  @Override
  void close(String name, String rawText, int line) {
    String text = rawText.strip();
    switch (name) {
      case "use":
        use(text, line);
        break;
      case "depend":
        if (!text.isEmpty()) {
          builder.buildDepend(new Located<>(text, findings.at(line)));
        }
        break;
      case "support_level":
        supportLevel(text, line);
        break;
      case "defaultenabled":
        defaultEnabled(text, line);
        break;
      case "export_globals":
        once(name, builder.exportGlobals(new Located<>(true, findings.at(line))), line);
        break;
      case "load_priority":
        loadPriority(text, line);
        break;
      default:
        break;
    }
  }

  private void use(String text, int line) {
    if (useType.isEmpty()) {
      findings.error(line, "use-without-type", "<use> of '" + Text.quote(text)
          + "' has no type attribute; write <use type=\"module\"> (or application, function, ...)");
      return;
    }
    String kind = useType.get().toLowerCase(Locale.ROOT);
    if (kind.equals(EXTERNAL)) {
      return;
    }
    if (!Kinds.isValid(kind)) {
      findings.warning(line, "use-bad-type", "<use> type '" + Text.quote(useType.get())
          + "' is not a kind (a lower-case word such as 'module'); the <use> is left out");
      return;
    }
    if (text.isEmpty()) {
      findings.warning(line, "use-empty", "<use type=\"" + kind + "\"> names nothing; it is left out");
      return;
    }
    builder.use(new Located<>(new Requirement(kind, text), findings.at(line)));
  }

  private void supportLevel(String text, int line) {
    Optional<SupportLevel> level = SupportLevel.parse(text);
    if (level.isEmpty()) {
      findings.warning(line, "bad-support-level",
          "support level '" + Text.quote(text) + "' is not core, extended or deprecated");
      return;
    }
    once("support_level", builder.supportLevel(new Located<>(level.get(), findings.at(line))), line);
  }

  private void defaultEnabled(String text, int line) {
    Optional<Boolean> enabled = text.equalsIgnoreCase("yes") ? Optional.of(true)
        : text.equalsIgnoreCase("no") ? Optional.of(false) : Optional.empty();
    if (enabled.isEmpty()) {
      findings.warning(line, "bad-defaultenabled", "defaultenabled '" + Text.quote(text) + "' is not yes or no");
      return;
    }
    once("defaultenabled", builder.defaultEnabled(new Located<>(enabled.get(), findings.at(line))), line);
  }

  private void loadPriority(String text, int line) {
    Optional<LoadPriority> priority = LoadPriority.parse(text);
    if (priority.isEmpty()) {
      findings.warning(line, "bad-load-priority",
          "load priority '" + Text.quote(text) + "' is not one of: " + LoadPriority.spellings());
      return;
    }
    once("load_priority", builder.loadPriority(new Located<>(priority.get(), findings.at(line))), line);
  }

  private void once(String element, boolean taken, int line) {
    if (!taken) {
      findings.warning(line, "repeated-element", "<" + element + "> is given again; the first one is kept");
    }
  }
}
