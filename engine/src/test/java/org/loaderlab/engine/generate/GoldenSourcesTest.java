package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.loaderlab.engine.check.CheckReport;
import org.loaderlab.engine.check.ManifestCheck;
import org.loaderlab.engine.corpus.ExpectedDiagnostics;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.manifest.ManifestWriter;

/**
 * Goal: the generator turns real-looking Asterisk sources into exactly the manifests written by
 * hand from the rules in {@code fixtures/moduleinfo/README.md}, an oracle independent of the
 * code. Method: every sample against its golden text, every bad sample against the problems its
 * first line declares, and the whole source tree against {@code tree.expected/}, whose output
 * must then pass {@code manifest check} without an error.
 */
class GoldenSourcesTest {

  private static final Path MODULEINFO = ExpectedDiagnostics.fixtures().resolve("moduleinfo");
  private static final Pattern EXPECT = Pattern.compile("/\\* expect: (\\d+): (error|warning): ([a-z0-9-]+) \\*/");

  private final SourceTreeGenerator generator = new SourceTreeGenerator();

  @TestFactory
  Stream<DynamicTest> everySample_generatesItsGoldenManifest() throws IOException {
    return sources(MODULEINFO.resolve("samples")).stream().map(source -> DynamicTest.dynamicTest(
        source.getFileName().toString(), source.toUri(), () -> {
          Generation generation = generator.generateFile(source, Optional.empty());
          assertThat(rendered(generation.diagnostics())).as(generation.render())
              .containsExactlyInAnyOrderElementsOf(declared(source));
          assertThat(generation.modules()).hasSize(1);
          assertThat(ManifestWriter.write(generation.modules().get(0).manifest())).isEqualTo(golden(source));
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyBadSample_reportsWhatItDeclares() throws IOException {
    return sources(MODULEINFO.resolve("bad")).stream().map(source -> DynamicTest.dynamicTest(
        source.getFileName().toString(), source.toUri(), () -> {
          Generation generation = generator.generateFile(source, Optional.empty());
          assertThat(rendered(generation.diagnostics())).as(generation.render())
              .containsExactlyInAnyOrderElementsOf(declared(source));
          Path golden = manifestNextTo(source);
          if (Files.exists(golden) && !generation.hasErrors()) {
            assertThat(ManifestWriter.write(generation.modules().get(0).manifest())).isEqualTo(golden(source));
          }
        }));
  }

  @Test
  void tree_generatesExactlyTheExpectedModules(@TempDir Path out) throws IOException {
    Generation generation = generator.generateTree(MODULEINFO.resolve("tree"), Optional.empty());
    List<String> declared = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MODULEINFO.resolve("tree"))) {
      for (Path source : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
        declared(source).forEach(line -> declared.add(source.getFileName() + ":" + line));
      }
    }
    assertThat(generation.diagnostics()).as(generation.render())
        .extracting(d -> Path.of(d.location().file()).getFileName() + ":" + rendered(List.of(d)).get(0))
        .containsExactlyInAnyOrderElementsOf(declared);
    List<String> expectedFiles = fileNames(MODULEINFO.resolve("tree.expected"));
    List<Path> written = ManifestFolderWriter.write(generation, out);
    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expectedFiles);
    for (Path file : written) {
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.getFileName().toString())
          .isEqualTo(Files.readString(MODULEINFO.resolve("tree.expected").resolve(file.getFileName()), StandardCharsets.UTF_8));
    }
    CheckReport report = new ManifestCheck().check(out);
    assertThat(report.diagnostics()).as(report.render()).filteredOn(Diagnostic::isError).isEmpty();
  }

  @Test
  void tree_builtInsAreEmbedded_andHelpersAreSkipped() {
    Generation generation = generator.generateTree(MODULEINFO.resolve("tree"), Optional.empty());
    assertThat(generation.modules()).filteredOn(GeneratedModule::embedded)
        .extracting(m -> m.manifest().name().toString()).contains("extconfig", "acl", "http", "manager");
    assertThat(generation.modules()).extracting(m -> m.manifest().name().toString())
        .doesNotContain("utils", "pbx_builtins", "console_board", "config", "named_acl");
  }

  private static List<Path> sources(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".c")).sorted().toList();
    }
  }

  private static List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path manifestNextTo(Path source) {
    String name = source.getFileName().toString();
    return source.resolveSibling(name.substring(0, name.length() - 2) + ".manifest");
  }

  private static String golden(Path source) throws IOException {
    return Files.readString(manifestNextTo(source), StandardCharsets.UTF_8);
  }

  /**
   * What a source declares it must produce, in {@code /* expect: LINE: SEVERITY: CODE *}{@code /}
   * comments (several may share a line, so the line numbers below stay true).
   */
  private static List<String> declared(Path source) throws IOException {
    List<String> declared = new ArrayList<>();
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      Matcher expect = EXPECT.matcher(line);
      while (expect.find()) {
        declared.add(expect.group(1) + ": " + expect.group(2) + ": " + expect.group(3));
      }
    }
    return declared;
  }

  private static List<String> rendered(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.location().line() + ": " + d.severity().label() + ": " + d.code()).toList();
  }
}
