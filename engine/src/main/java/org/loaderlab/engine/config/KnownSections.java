package org.loaderlab.engine.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * Picks the sections a file may have, reporting the others.
 *
 * <p>Templates ({@code [name](!)}) are skipped, as Asterisk's category browsing skips them: they
 * exist only to be inherited. A <em>single</em> section is one Asterisk looks up by name, which
 * finds only the first of that name; a repeat would be silently ignored there, so it is an error
 * here (the user meant {@code [name](+)}).
 */
final class KnownSections {

  private KnownSections() {}

  /**
   * The sections of {@code document} to read, in file order.
   *
   * @param known lower-case names of the sections the file may have
   * @param single lower-case names of those that Asterisk reads only once
   * @param expected the known names as a user reads them, for the message: {@code [modules] or [uses]}
   */
  static List<ConfSection> select(ConfDocument document, Set<String> known, Set<String> single,
      String expected, Problems problems) {
    List<ConfSection> selected = new ArrayList<>();
    Map<String, ConfSection> firstByName = new LinkedHashMap<>();
    for (ConfSection section : document.sections()) {
      if (section.template()) {
        continue;
      }
      String name = section.name().toLowerCase(Locale.ROOT);
      if (!known.contains(name)) {
        problems.add(Diagnostic.error(section.location(), "unknown-section",
            "unknown section [" + section.name() + "]: expected " + expected));
        continue;
      }
      ConfSection first = firstByName.putIfAbsent(name, section);
      if (first != null && single.contains(name)) {
        problems.add(duplicate(section, first));
        continue;
      }
      selected.add(section);
    }
    return selected;
  }

  /** The error for {@code repeat}, a second section Asterisk would look up by name and never see. */
  static Diagnostic duplicate(ConfSection repeat, ConfSection first) {
    return Diagnostic.error(repeat.location(), "duplicate-section",
        "section [" + repeat.name() + "] is repeated (first at " + first.location()
            + "): Asterisk reads only the first, use [" + repeat.name() + "](+) to extend it");
  }
}
