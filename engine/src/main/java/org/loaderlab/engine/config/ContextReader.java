package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;

/**
 * Reads the entries of one context section, as pbx_config's {@code pbx_load_config} does, into
 * its (possibly shared) {@link ContextBuilder}, adding every application and function use.
 *
 * <p>Like pbx_config, {@code same} and the {@code n}/{@code s} priorities continue from the line
 * before within one section only: each section starts afresh.
 */
final class ContextReader {

  private final ContextBuilder context;
  private final Set<DialplanUse> uses;
  private final Problems problems;
  private Optional<String> lastExtension = Optional.empty();
  private boolean hasPriority;

  ContextReader(ContextBuilder context, Set<DialplanUse> uses, Problems problems) {
    this.context = context;
    this.uses = uses;
    this.problems = problems;
  }

  void read(ConfSection section) {
    for (ConfEntry entry : section.entries()) {
      switch (entry.key().toLowerCase(Locale.ROOT)) {
        case "exten" -> extension(entry, false);
        case "same" -> extension(entry, true);
        case "include" -> include(entry);
        case "switch", "eswitch" -> contextLevel(entry, "a switch type", context.switches, entry.value().strip());
        // lswitch is never substituted: its text is literal, so it calls no function.
        case "lswitch" -> lswitch(entry);
        case "ignorepat" -> contextLevel(entry, "a pattern", context.ignorePatterns, entry.value().strip());
        default -> problems.add(Diagnostic.warning(entry.location(), "unknown-key",
            "unknown key '" + entry.key() + "' in [" + context.name + "], ignored"));
      }
    }
  }

  private void extension(ConfEntry entry, boolean same) {
    if (same && lastExtension.isEmpty()) {
      problems.add(Diagnostic.error(entry.location(), "same-without-exten",
          "'same' has no earlier 'exten' in [" + context.name + "]"));
      return;
    }
    if (!same) {
      String extension = ExtenLine.extensionField(entry.value());
      lastExtension = extension.isEmpty() ? Optional.empty() : Optional.of(extension);
    }
    Optional<ExtenLine> split = ExtenLine.split(entry.value(), same ? lastExtension : Optional.empty());
    if (split.isEmpty()) {
      String needs = same ? "priority and application" : "extension, priority and application";
      problems.add(Diagnostic.error(entry.location(), "too-few-fields", "'" + entry.key().toLowerCase(Locale.ROOT)
          + "' needs " + needs + ", found '" + Problems.shown(entry.value()) + "'"));
      return;
    }
    ExtenLine line = split.get();
    Optional<FunctionScanner.Result> scan = scan(entry);
    // The priority is recorded even when the brackets are broken, so one typo is one error, not
    // a second one on every 'same => n' after it.
    boolean priorityValid = priority(entry, line);
    if (scan.isEmpty() || !priorityValid) {
      return;
    }
    context.addExtension(line.extension(), entry.location());
    scan.get().functions().forEach(name -> use(Kinds.FUNCTION, name, line.extension(), entry.location()));
    if (line.parsePriority().orElseThrow().kind() != ExtenLine.PriorityKind.HINT) {
      application(entry, line);
    }
  }

  /** Checks the priority and records its label; false after reporting why the line is skipped. */
  private boolean priority(ConfEntry entry, ExtenLine line) {
    Optional<ExtenLine.Priority> parsed = line.parsePriority();
    String where = " in [" + context.name + "]";
    if (parsed.isEmpty() || (parsed.get().kind() == ExtenLine.PriorityKind.LABEL_REFERENCE
        && !context.hasLabel(line.extension(), parsed.get().base()))) {
      problems.add(Diagnostic.error(entry.location(), "invalid-priority", "invalid priority '"
          + Problems.shown(line.priority()) + "'" + where + ": use a number, n, s, hint or a label defined above"));
      return false;
    }
    ExtenLine.PriorityKind kind = parsed.get().kind();
    if ((kind == ExtenLine.PriorityKind.NEXT || kind == ExtenLine.PriorityKind.SAME) && !hasPriority) {
      problems.add(Diagnostic.error(entry.location(), "invalid-priority",
          "priority '" + line.priority() + "' needs an earlier priority" + where));
      return false;
    }
    hasPriority = true;
    parsed.get().label().ifPresent(label -> context.addLabel(line.extension(), label));
    return true;
  }

  private void application(ConfEntry entry, ExtenLine line) {
    String name = line.application();
    if (Names.isPlain(name)) {
      use(Kinds.APPLICATION, name, line.extension(), entry.location());
      FunctionWrites.written(name, line.arguments())
          .forEach(function -> use(Kinds.FUNCTION, function, line.extension(), entry.location()));
    } else if (name.contains("${") || name.contains("$[")) {
      problems.add(Diagnostic.warning(entry.location(), "dynamic-application", "application '"
          + Problems.shown(name) + "' is computed at run time: declare what it needs in modules.conf [uses]"));
    } else {
      problems.add(Diagnostic.warning(entry.location(), "invalid-application",
          "invalid application name '" + Problems.shown(name) + "'"));
    }
  }

  private void include(ConfEntry entry) {
    String value = entry.value().strip();
    int end = 0;
    while (end < value.length() && value.charAt(end) != ',' && value.charAt(end) != '|') {
      end++;
    }
    contextLevel(entry, "a context", context.includes, value.substring(0, end).strip());
  }

  private void lswitch(ConfEntry entry) {
    String value = entry.value().strip();
    if (value.isEmpty()) {
      problems.add(Diagnostic.error(entry.location(), "too-few-fields", "'lswitch' needs a switch type"));
      return;
    }
    context.switches.add(new Located<>(value, entry.location()));
  }

  /** An {@code include}, {@code switch} or {@code ignorepat}: Asterisk substitutes its variables when loading. */
  private void contextLevel(ConfEntry entry, String needs, List<Located<String>> list, String value) {
    if (value.isEmpty()) {
      problems.add(Diagnostic.error(entry.location(), "too-few-fields",
          "'" + entry.key().toLowerCase(Locale.ROOT) + "' needs " + needs));
      return;
    }
    Optional<FunctionScanner.Result> scan = scan(entry);
    if (scan.isEmpty()) {
      return;
    }
    list.add(new Located<>(value, entry.location()));
    scan.get().functions().forEach(name -> use(Kinds.FUNCTION, name, "", entry.location()));
  }

  /** The functions the entry's value calls, or empty after reporting its bracket problem. */
  private Optional<FunctionScanner.Result> scan(ConfEntry entry) {
    FunctionScanner.Result result = FunctionScanner.scan(entry.value());
    if (result.problem().isPresent()) {
      FunctionScanner.Problem problem = result.problem().get();
      problems.add(Diagnostic.error(entry.location(), problem.code(), problem.message()));
      return Optional.empty();
    }
    return Optional.of(result);
  }

  private void use(String kind, String name, String extension, SourceLocation location) {
    uses.add(new DialplanUse(kind, name, context.name, extension, location));
  }
}
