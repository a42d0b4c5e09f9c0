package org.loaderlab.engine.conf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Parses Asterisk configuration syntax into a {@link ConfDocument}.
 *
 * <p>Line grammar, after comments are removed and the line trimmed:
 *
 * <ol>
 *   <li>blank: skipped;
 *   <li>{@code [name]} or {@code [name](options)}: a new section; options are {@code !} (a
 *       template), {@code +} (append to the last section of that name) and template names to
 *       inherit from, comma-separated;
 *   <li>{@code #include file} / {@code #tryinclude file}: the file, relative to the including
 *       file, is parsed in place; a missing file is an error only for {@code #include};
 *   <li>{@code key = value} or {@code key => value}: an entry of the current section.
 * </ol>
 *
 * <p>Every problem is a {@link Diagnostic} with file and line; nothing is thrown at the caller.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ConfParser {

  private final ConfLimits limits;

  public ConfParser(ConfLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public ConfParser() {
    this(ConfLimits.DEFAULTS);
  }

  /** Parses {@code file} and whatever it includes. The value is absent only if nothing could be read. */
  public Parsed<ConfDocument> parse(Path file) {
    Parsed<List<String>> lines = TextFile.read(file, limits);
    if (lines.value().isEmpty()) {
      return Parsed.failed(lines.diagnostics());
    }
    Run run = new Run(file.toString());
    run.problems.addAll(lines.diagnostics());
    run.includeStack.push(file.toAbsolutePath().normalize());
    run.parseLines(file, file.toString(), lines.orElseThrow());
    return Parsed.of(run.document(), run.problems);
  }

  /**
   * Parses text that has no file behind it (a test, a fuzzer, a generated manifest);
   * {@code #include} is reported as an error because there is nothing to resolve it against.
   */
  public Parsed<ConfDocument> parseText(String file, String text) {
    Parsed<List<String>> lines = TextFile.split(file, text.getBytes(StandardCharsets.UTF_8), limits);
    if (lines.value().isEmpty()) {
      return Parsed.failed(lines.diagnostics());
    }
    Run run = new Run(file);
    run.problems.addAll(lines.diagnostics());
    run.parseLines(null, file, lines.orElseThrow());
    return Parsed.of(run.document(), run.problems);
  }

  /** The state of one parse: sections so far, problems, and the chain of files being included. */
  private final class Run {
    private final String rootFile;
    private final List<SectionBuilder> sections = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Deque<Path> includeStack = new ArrayDeque<>();
    private SectionBuilder current;
    /**
     * After a header that could not be read, its entries are dropped quietly until the next good
     * header: filing them under the previous section would give them a meaning they never had.
     */
    private boolean discarding;

    Run(String rootFile) {
      this.rootFile = rootFile;
    }

    ConfDocument document() {
      return new ConfDocument(rootFile, sections.stream().map(SectionBuilder::build).toList());
    }

    void parseLines(Path path, String file, List<String> lines) {
      CommentStripper comments = new CommentStripper();
      int fileProblemsMax = problems.size() + limits.diagnosticsMax();
      for (int index = 0; index < lines.size(); index++) {
        SourceLocation location = new SourceLocation(file, index + 1);
        String line = comments.strip(lines.get(index)).strip();
        if (!line.isEmpty()) {
          parseLine(path, location, line);
        }
        if (problems.size() >= fileProblemsMax) {
          problems.add(Diagnostic.error(location, "too-many-errors",
              "too many errors, the rest of the file was not read"));
          return;
        }
      }
      SourceLocation end = new SourceLocation(file, Math.max(1, lines.size()));
      if (comments.inBlockComment()) {
        // Point at the opening line: the end of the file says nothing about where the typo is.
        problems.add(Diagnostic.error(new SourceLocation(file, comments.openedLine()), "unterminated-comment",
            "block comment opened with ';--' is never closed with '--;'"));
      }
      if (comments.nestingExceeded()) {
        problems.add(Diagnostic.error(end, "comment-nesting",
            "block comments nest deeper than " + CommentStripper.NESTING_MAX));
      }
    }

    private void parseLine(Path path, SourceLocation location, String line) {
      char first = line.charAt(0);
      if (first == '[') {
        parseHeader(location, line);
      } else if (first == '#') {
        parseDirective(path, location, line);
      } else {
        parseEntry(location, line);
      }
    }

    private void parseHeader(SourceLocation location, String line) {
      discarding = true;
      int close = line.indexOf(']');
      if (close < 0) {
        problems.add(Diagnostic.error(location, "unclosed-section", "section header has no closing ']'"));
        return;
      }
      String name = line.substring(1, close).strip();
      if (name.isEmpty()) {
        problems.add(Diagnostic.error(location, "empty-section-name", "section header has no name"));
        return;
      }
      SectionOptions options = SectionOptions.parse(line.substring(close + 1).strip(), location, problems);
      if (options == null) {
        return;
      }
      if (options.append()) {
        SectionBuilder previous = lastSection(name);
        if (previous == null) {
          problems.add(Diagnostic.error(location, "append-without-section",
              "'(+)' appends to section [" + name + "], but there is no earlier [" + name + "]"));
          return;
        }
        current = previous;
        discarding = false;
        return;
      }
      current = new SectionBuilder(name, location, options.template(), options.templates());
      for (String template : options.templates()) {
        SectionBuilder source = lastSection(template);
        if (source == null) {
          problems.add(Diagnostic.error(location, "unknown-template",
              "section [" + name + "] inherits from [" + template + "], which is not defined above it"));
        } else {
          current.entries.addAll(source.entries);
        }
      }
      sections.add(current);
      discarding = false;
    }

    private SectionBuilder lastSection(String name) {
      for (int i = sections.size() - 1; i >= 0; i--) {
        if (sections.get(i).name.equalsIgnoreCase(name)) {
          return sections.get(i);
        }
      }
      return null;
    }

    private void parseDirective(Path path, SourceLocation location, String line) {
      int space = indexOfWhitespace(line);
      String directive = space < 0 ? line : line.substring(0, space);
      String argument = space < 0 ? "" : unquote(line.substring(space).strip());
      boolean optional = directive.equalsIgnoreCase("#tryinclude");
      if (!optional && !directive.equalsIgnoreCase("#include")) {
        String why = directive.equalsIgnoreCase("#exec")
            ? "#exec is not supported: loading modules must never run a command"
            : "unknown directive '" + directive + "'";
        problems.add(Diagnostic.error(location, "unknown-directive", why));
        return;
      }
      if (argument.isEmpty()) {
        problems.add(Diagnostic.error(location, "include-without-file", directive + " names no file"));
        return;
      }
      if (path == null) {
        problems.add(Diagnostic.error(location, "include-without-file",
            directive + " cannot be resolved: this text has no file behind it"));
        return;
      }
      include(path.resolveSibling(argument), location, optional);
    }

    private void include(Path target, SourceLocation location, boolean optional) {
      Path key = target.toAbsolutePath().normalize();
      if (includeStack.contains(key)) {
        problems.add(Diagnostic.error(location, "include-cycle", "'" + target + "' includes itself"));
        return;
      }
      if (includeStack.size() > limits.includeDepthMax()) {
        problems.add(Diagnostic.error(location, "include-too-deep",
            "includes nest deeper than " + limits.includeDepthMax()));
        return;
      }
      Parsed<List<String>> lines = TextFile.read(target, limits);
      boolean missing = lines.diagnostics().stream().anyMatch(d -> d.code().equals("file-not-found"));
      if (missing) {
        if (!optional) {
          problems.add(Diagnostic.error(location, "include-not-found", "included file '" + target + "' not found"));
        }
        return;
      }
      problems.addAll(lines.diagnostics());
      if (lines.value().isPresent()) {
        includeStack.push(key);
        parseLines(target, target.toString(), lines.orElseThrow());
        includeStack.pop();
      }
    }

    private void parseEntry(SourceLocation location, String line) {
      int equals = line.indexOf('=');
      if (equals < 0) {
        problems.add(Diagnostic.error(location, "not-an-entry",
            "expected 'key = value' or 'key => value', found '" + abbreviate(line) + "'"));
        return;
      }
      String key = line.substring(0, equals).strip();
      boolean arrow = equals + 1 < line.length() && line.charAt(equals + 1) == '>';
      String value = line.substring(equals + (arrow ? 2 : 1)).strip();
      if (key.isEmpty()) {
        problems.add(Diagnostic.error(location, "empty-key", "entry has no key before '" + (arrow ? "=>" : "=") + "'"));
        return;
      }
      if (discarding) {
        return;
      }
      if (current == null) {
        problems.add(Diagnostic.error(location, "entry-outside-section",
            "entry '" + key + "' comes before any [section]"));
        return;
      }
      current.entries.add(new ConfEntry(key, value, arrow, location));
    }
  }

  private static int indexOfWhitespace(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isWhitespace(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String argument) {
    if (argument.length() >= 2) {
      char first = argument.charAt(0);
      char last = argument.charAt(argument.length() - 1);
      if ((first == '"' && last == '"') || (first == '<' && last == '>')) {
        return argument.substring(1, argument.length() - 1).strip();
      }
    }
    return argument;
  }

  static String abbreviate(String text) {
    int shownMax = 60;
    return text.length() <= shownMax ? text : text.substring(0, shownMax) + "...";
  }

  /** A section under construction; entries is mutable until {@link #build()}. */
  private static final class SectionBuilder {
    private final String name;
    private final SourceLocation location;
    private final boolean template;
    private final List<String> templates;
    private final List<ConfEntry> entries = new ArrayList<>();

    SectionBuilder(String name, SourceLocation location, boolean template, List<String> templates) {
      this.name = name;
      this.location = location;
      this.template = template;
      this.templates = templates;
    }

    ConfSection build() {
      return new ConfSection(name, location, template, templates, entries);
    }
  }
}
