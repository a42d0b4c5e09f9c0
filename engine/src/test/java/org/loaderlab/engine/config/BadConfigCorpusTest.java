package org.loaderlab.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.loaderlab.engine.corpus.ExpectedDiagnostics;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * Goal: every broken configuration file in {@code fixtures/bad/conf} gets exactly the problems
 * it declares in its {@code ; expect:} comments from the parser its name picks
 * ({@code x.modules.conf}, {@code x.extconfig.conf}, {@code x.extensions.conf}): message,
 * severity, code and line, nothing more and nothing less. Method: one dynamic test per file;
 * a file with any other name fails, so a misnamed fixture cannot pass by being skipped.
 *
 * <p>Some messages quote a path ({@code first at <file>:3}, an {@code #include} target); the
 * corpus folder is cut from them, so fixtures say {@code first at x.modules.conf:3} and hold no
 * path of the machine that runs them.
 */
class BadConfigCorpusTest {

  private static final Path FOLDER = ExpectedDiagnostics.fixtures().resolve("bad/conf");

  /** One parser of the three, by the suffix that selects it. */
  private enum Kind {
    MODULES(".modules.conf"),
    EXTCONFIG(".extconfig.conf"),
    EXTENSIONS(".extensions.conf");

    private final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }

    static Optional<Kind> of(String fileName) {
      return Stream.of(values()).filter(kind -> fileName.endsWith(kind.suffix)).findFirst();
    }

    List<Diagnostic> parse(Path file) {
      Parsed<?> parsed = switch (this) {
        case MODULES -> new ModulesConfParser().parse(file);
        case EXTCONFIG -> new ExtConfigParser().parse(file);
        case EXTENSIONS -> new DialplanParser().parse(file);
      };
      return parsed.diagnostics();
    }
  }

  @TestFactory
  Stream<DynamicTest> parse_everyBrokenFile_reportsExactlyWhatItDeclares() throws IOException {
    return ExpectedDiagnostics.filesOf(FOLDER).stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), file.toUri(), () -> assertReportFor(file)));
  }

  private static void assertReportFor(Path file) throws IOException {
    String name = file.getFileName().toString();
    Optional<Kind> kind = Kind.of(name);
    if (kind.isEmpty()) {
      fail("%s: a fixture here is named <mistake>.modules.conf, <mistake>.extconfig.conf"
          + " or <mistake>.extensions.conf", name);
    }
    List<Diagnostic> diagnostics = kind.get().parse(file);
    assertThat(diagnostics).extracting(ExpectedDiagnostics::fileName).as("files of %s's diagnostics", name)
        .allMatch(name::equals);
    List<String> actual = diagnostics.stream().map(ExpectedDiagnostics::render).toList();
    assertThat(actual).as("diagnostics for %s", name).containsExactlyInAnyOrderElementsOf(ExpectedDiagnostics.declaredIn(file));
  }

  @Test
  void corpus_hasBrokenFilesForEveryParser() throws IOException {
    List<String> names = ExpectedDiagnostics.filesOf(FOLDER).stream().map(p -> p.getFileName().toString()).toList();
    for (Kind kind : Kind.values()) {
      assertThat(names).as("fixtures for %s", kind).anyMatch(name -> name.endsWith(kind.suffix));
    }
  }
}
