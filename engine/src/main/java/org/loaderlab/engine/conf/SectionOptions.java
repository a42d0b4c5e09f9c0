package org.loaderlab.engine.conf;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;

/** What follows {@code [name]}: nothing, or {@code (!)}, {@code (+)} and template names. */
record SectionOptions(boolean template, boolean append, List<String> templates) {

  private static final SectionOptions NONE = new SectionOptions(false, false, List.of());

  /** The options in {@code text}, or null after reporting why they cannot be read. */
  static SectionOptions parse(String text, SourceLocation location, List<Diagnostic> problems) {
    if (text.isEmpty()) {
      return NONE;
    }
    if (!text.startsWith("(") || !text.endsWith(")")) {
      problems.add(Diagnostic.error(location, "junk-after-section",
          "unexpected text after section header: '" + ConfParser.abbreviate(text) + "'"));
      return null;
    }
    boolean template = false;
    boolean append = false;
    List<String> templates = new ArrayList<>();
    for (String option : text.substring(1, text.length() - 1).split(",", -1)) {
      String trimmed = option.strip();
      if (trimmed.equals("!")) {
        template = true;
      } else if (trimmed.equals("+")) {
        append = true;
      } else if (trimmed.isEmpty()) {
        problems.add(Diagnostic.error(location, "empty-section-option", "empty option in section header"));
        return null;
      } else {
        templates.add(trimmed);
      }
    }
    return new SectionOptions(template, append, templates);
  }
}
