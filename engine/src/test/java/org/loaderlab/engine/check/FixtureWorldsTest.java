package org.loaderlab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.loaderlab.engine.corpus.ExpectedDiagnostics;

/**
 * Goal: every fixture world is a clean world, so a problem the harness later finds in one is the
 * loader's, never the fixture's. Method: {@code manifest check} on each, expecting no problem at
 * all (warnings included) and at least one module.
 */
class FixtureWorldsTest {

  @TestFactory
  Stream<DynamicTest> everyWorld_checksClean() throws IOException {
    Path worlds = ExpectedDiagnostics.fixtures().resolve("worlds");
    try (Stream<Path> folders = Files.list(worlds)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream()
          .map(world -> DynamicTest.dynamicTest(world.getFileName().toString(), () -> {
            CheckReport report = new ManifestCheck().check(world);
            assertThat(report.diagnostics()).as(report.render()).isEmpty();
            assertThat(report.moduleCount()).isGreaterThan(10);
          }));
    }
  }
}
