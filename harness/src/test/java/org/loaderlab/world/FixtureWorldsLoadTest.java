package org.loaderlab.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.loaderlab.binary.BinaryConformance;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.binary.FakeBinaryWriter;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * Goal: every fixture world (the good ones and the broken-by-configuration ones of
 * {@code fixtures/bad/worlds}) loads into a world with no world error, and every module binary in
 * it is a conformant fake binary: it registers exactly what its manifest provides, and it survives
 * a write and a re-read unchanged; but for the hostile world's liar, whose one lie is listed here.
 * Method: each world folder, loaded and then read binary by binary.
 */
class FixtureWorldsLoadTest {

  /** The lies fixture worlds tell on purpose (app_agent_pool's undeclared use is no registration). */
  private static final Map<String, List<String>> LIES = Map.of("hostile/res_phoneprov",
      List.of("registers function=PP_EACH_USER, which the manifest does not provide"));

  @TestFactory
  Stream<DynamicTest> everyFixtureWorld_loadsClean_withConformantBinaries() throws IOException {
    List<Path> worlds = new ArrayList<>(folders(Fixtures.root().resolve("worlds")));
    worlds.addAll(folders(Fixtures.root().resolve("bad/worlds")));
    assertThat(worlds).extracting(path -> path.getFileName().toString()).contains("seed", "office", "hostile", "broken-etc");
    return worlds.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
  }

  private static List<Path> folders(Path parent) throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void check(Path folder) {
    Parsed<World> loaded = World.fromFolder(folder);
    assertThat(loaded.errors()).as(loaded.diagnostics().toString()).isEmpty();
    try (World world = loaded.orElseThrow()) {
      List<CatalogEntry> entries = new CatalogScanner().scan(world.modulesFolder(), CatalogScanner.Verify.CHECKSUMS)
          .orElseThrow().entries();
      int binaryCount = 0;
      for (CatalogEntry entry : entries) {
        if (entry.isEmbedded()) {
          continue;
        }
        binaryCount++;
        FakeBinary binary = new FakeBinaryParser().parse(entry.binary().orElseThrow()).orElseThrow();
        assertThat(BinaryConformance.differences(entry.manifest(), binary)).as(entry.name().toString())
            .isEqualTo(LIES.getOrDefault(folder.getFileName() + "/" + entry.name(), List.of()));
        Parsed<FakeBinary> again = new FakeBinaryParser().parseText("again.so", FakeBinaryWriter.write(binary));
        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.orElseThrow()).isEqualTo(binary);
      }
      assertThat(binaryCount).isGreaterThan(0);
      assertThat(world.check()).noneMatch(Diagnostic::isError);
    }
  }
}
