package org.loaderlab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.loaderlab.engine.corpus.ExpectedDiagnostics;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * Goal: {@code manifest check} over {@code fixtures/bad/manifests} reports exactly the problems
 * each broken file declares in its {@code ; expect:} comments: the message, the severity, the
 * code and the line, nothing more and nothing less. Method: one dynamic test per file, comparing
 * the report's diagnostics for that file with its declarations.
 */
class BadManifestsCorpusTest {

  private static final Path FOLDER = ExpectedDiagnostics.fixtures().resolve("bad/manifests");
  private static final CheckReport REPORT = new ManifestCheck().check(FOLDER);

  @TestFactory
  Stream<DynamicTest> everyBrokenFile_reportsExactlyWhatItDeclares() throws IOException {
    return ExpectedDiagnostics.filesOf(FOLDER).stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), file.toUri(), () -> assertReportFor(file)));
  }

  private static void assertReportFor(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<String> actual = REPORT.diagnostics().stream()
        .filter(d -> ExpectedDiagnostics.fileName(d).equals(name))
        .map(ExpectedDiagnostics::render)
        .toList();
    assertThat(actual).as("diagnostics for %s", name).containsExactlyInAnyOrderElementsOf(ExpectedDiagnostics.declaredIn(file));
  }

  @Test
  void everyDiagnostic_pointsAtAFileOfTheFolder() throws IOException {
    List<String> names = ExpectedDiagnostics.filesOf(FOLDER).stream().map(p -> p.getFileName().toString()).toList();
    assertThat(REPORT.diagnostics()).extracting(ExpectedDiagnostics::fileName).allMatch(names::contains);
  }

  @Test
  void report_isNotClean() {
    assertThat(REPORT.isClean()).isFalse();
    assertThat(REPORT.diagnostics()).filteredOn(Diagnostic::isError).hasSizeGreaterThanOrEqualTo(10);
  }
}
