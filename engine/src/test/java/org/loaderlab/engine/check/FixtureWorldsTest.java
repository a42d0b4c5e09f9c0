package org.loaderlab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.corpus.ExpectedDiagnostics;

/**
 * Goal: every fixture world is a clean world, so a problem the harness later finds in one is the
 * loader's, never the fixture's. Method: {@code manifest check} on each, expecting no error and
 * only the warnings a world shows on purpose.
 */
class FixtureWorldsTest {

  /** The seed world keeps the proposal's own modules.conf, which loads a module it also bans. */
  private static final Map<String, List<String>> DELIBERATE_WARNINGS =
      Map.of("seed", List.of("banned-load-ignored"));

  @TestFactory
  Stream<DynamicTest> everyWorld_checksClean() throws IOException {
    Path worlds = ExpectedDiagnostics.fixtures().resolve("worlds");
    try (Stream<Path> folders = Files.list(worlds)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream()
          .map(world -> DynamicTest.dynamicTest(world.getFileName().toString(), () -> {
            CheckReport report = new ManifestCheck().check(world);
            List<String> deliberate = DELIBERATE_WARNINGS.getOrDefault(world.getFileName().toString(), List.of());
            assertThat(report.diagnostics()).as(report.render()).extracting(Diagnostic::code)
                .containsExactlyInAnyOrderElementsOf(deliberate);
            assertThat(report.isClean()).isTrue();
            assertThat(report.moduleCount()).isGreaterThan(10);
          }));
    }
  }
}
