package org.loaderlab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.loaderlab.engine.corpus.ExpectedDiagnostics;

/**
 * Goal: a world whose {@code etc/} contradicts its modules is reported file by file and line by
 * line: modules.conf naming what is not installed or needing what nobody provides, extconfig.conf
 * mapping to a missing driver, a dialplan calling a missing or banned application, and a cycle
 * that only the configuration closes. Method: {@code manifest check} on each world of
 * {@code fixtures/bad/worlds}, compared with the {@code ; expect:} lines of all its files.
 */
class BadWorldsCorpusTest {

  @TestFactory
  Stream<DynamicTest> everyBrokenWorld_reportsExactlyWhatItsFilesDeclare() throws IOException {
    Path worlds = ExpectedDiagnostics.fixtures().resolve("bad/worlds");
    List<Path> broken = worldsOf(worlds);
    assertThat(broken).as("worlds in %s", worlds).isNotEmpty();
    return broken.stream().map(BadWorldsCorpusTest::test);
  }

  private static List<Path> worldsOf(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static DynamicTest test(Path world) {
    return DynamicTest.dynamicTest(world.getFileName().toString(), () -> {
      List<String> expected = new ArrayList<>();
      List<String> actual = new ArrayList<>();
      CheckReport report = new ManifestCheck().check(world);
      for (String part : List.of("modules", "etc")) {
        for (Path file : ExpectedDiagnostics.filesOf(world.resolve(part))) {
          String name = file.getFileName().toString();
          ExpectedDiagnostics.declaredIn(file).forEach(line -> expected.add(part + "/" + name + ":" + line));
          report.diagnostics().stream()
              .filter(d -> Path.of(d.location().file()).equals(file))
              .forEach(d -> actual.add(part + "/" + name + ":" + ExpectedDiagnostics.render(d)));
        }
      }
      assertThat(actual).as(report.render()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(report.diagnostics()).hasSize(actual.size());
    });
  }
}
