package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Provision;
import org.xml.sax.Attributes;

/**
 * Reads what a {@code DOCUMENTATION} block says a module provides: each top-level
 * {@code <application>}, {@code <function>}, {@code <agi>} and {@code <manager>} with its
 * {@code name}. Everything else documents without registering ({@code <managerEvent>},
 * {@code <configInfo>}, {@code <info>} extends another module's function) and is ignored.
 */
final class DocumentationHandler extends BlockHandler {

  /** Element name to manifest kind, in one place; a map only looked up, never iterated. */
  private static final Map<String, String> KINDS = Map.of(
      "application", Kinds.APPLICATION,
      "function", Kinds.FUNCTION,
      "agi", Kinds.AGI,
      "manager", Kinds.MANAGER);

  private final Findings findings;
  private final List<Located<Provision>> provides = new ArrayList<>();

  DocumentationHandler(Findings findings) {
    this.findings = findings;
  }

  List<Located<Provision>> provides() {
    return provides;
  }

  @Override
  void open(String element, Attributes attributes, int line) {
    String kind = KINDS.get(element);
    if (kind == null) {
      return;
    }
    String name = attributes.getValue("name");
    if (name == null || name.isBlank()) {
      findings.warning(line, "documentation-without-name", "<" + element + "> has no name attribute; it is left out");
      return;
    }
    provides.add(new Located<>(Provision.of(kind, name.strip()), findings.at(line)));
  }

  @Override
  void close(String element, String text, int line) {
    // Names are attributes; the prose inside is documentation only.
  }
}
