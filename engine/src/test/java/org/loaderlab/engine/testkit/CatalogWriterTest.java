package org.loaderlab.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.engine.resolve.Cycles;

/**
 * Goal: what the catalog writer writes, the engine's own scanner reads back cleanly, checksums
 * verified; a broken binary is caught; generated catalogs are seeded, acyclic and shaped as
 * promised. Method: write to Jimfs and scan with {@link CatalogScanner.Verify#CHECKSUMS}, the
 * oracle being the production scanner, not the writer.
 */
class CatalogWriterTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path modules = fs.getPath("/modules");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private Parsed<ModuleCatalog> scan() {
    return new CatalogScanner().scan(modules, CatalogScanner.Verify.CHECKSUMS);
  }

  @Test
  void write_checksumsMatchTheBinaries() {
    CatalogWriter.write(modules, CatalogWriter.manifest("app_dial", "res_x"));
    CatalogWriter.write(modules, CatalogWriter.manifest("res_x"));
    CatalogWriter.writeEmbedded(modules, CatalogWriter.manifest("extconfig"));
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.diagnostics()).isEmpty();
    assertThat(catalog.orElseThrow().entries()).allMatch(CatalogEntry::valid);
    assertThat(catalog.orElseThrow().entries()).extracting(entry -> entry.name().toString(), CatalogEntry::isEmbedded)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("app_dial", false),
            org.assertj.core.groups.Tuple.tuple("extconfig", true),
            org.assertj.core.groups.Tuple.tuple("res_x", false));
    assertThat(catalog.orElseThrow().find(ModuleName.of("app_dial")).orElseThrow().manifest().uses())
        .containsExactly(Requirement.module(ModuleName.of("res_x")));
  }

  @Test
  void write_returnsTheManifestAsWritten() {
    Manifest written = CatalogWriter.write(modules, CatalogWriter.manifest("res_x"));
    assertThat(written.checksum()).contains(CatalogWriter.md5(CatalogWriter.binaryText(ModuleName.of("res_x"))));
    assertThat(scan().orElseThrow().manifests()).containsExactly(written);
  }

  @Test
  void writeBinary_breaksTheChecksum() {
    CatalogWriter.write(modules, CatalogWriter.manifest("res_x"));
    CatalogWriter.writeBinary(modules, ModuleName.of("res_x"), "tampered");
    assertThat(scan().diagnostics()).extracting(Diagnostic::code).containsExactly("checksum-mismatch");
  }

  @Test
  void writeText_scansCleanly_linesBeforeASectionAreModuleKeys() {
    CatalogWriter.writeText(modules, ModuleName.of("chan_sip"), "load_priority=channel_driver", "[uses]", "module=res_rtp");
    CatalogWriter.writeEmbeddedText(modules, ModuleName.of("res_rtp"));
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.diagnostics()).isEmpty();
    assertThat(catalog.orElseThrow().entries()).allMatch(CatalogEntry::valid);
    Manifest sip = catalog.orElseThrow().find(ModuleName.of("chan_sip")).orElseThrow().manifest();
    assertThat(sip.checksum()).contains(CatalogWriter.md5(CatalogWriter.binaryText(ModuleName.of("chan_sip"))));
    assertThat(sip.supportLevel()).isEqualTo(SupportLevel.CORE);
    assertThat(sip.loadPriority()).isEqualTo(LoadPriority.CHANNEL_DRIVER);
    assertThat(sip.uses()).containsExactly(Requirement.module(ModuleName.of("res_rtp")));
    assertThat(catalog.orElseThrow().find(ModuleName.of("res_rtp")).orElseThrow().isEmbedded()).isTrue();
  }

  @Test
  void writeText_brokenBinary_failsTheChecksum() {
    CatalogWriter.writeText(modules, ModuleName.of("res_x"));
    CatalogWriter.writeBinary(modules, ModuleName.of("res_x"), "tampered res_x");
    assertThat(scan().diagnostics()).extracting(Diagnostic::code).containsExactly("checksum-mismatch");
  }

  @Test
  void generate_isSeeded_acyclic_andUsesOnlyEarlierModules() {
    List<Manifest> catalog = CatalogWriter.generate(500, 3, 7L);
    assertThat(CatalogWriter.generate(500, 3, 7L)).isEqualTo(catalog);
    assertThat(CatalogWriter.generate(500, 3, 8L)).isNotEqualTo(catalog);
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    long dependencyCount = 0;
    for (int index = 0; index < catalog.size(); index++) {
      Manifest manifest = catalog.get(index);
      assertThat(manifest.name()).isEqualTo(CatalogWriter.generatedName(index));
      List<ModuleName> uses = manifest.uses().stream().map(use -> ModuleName.of(use.name())).toList();
      assertThat(uses).allMatch(use -> use.compareTo(manifest.name()) < 0).doesNotHaveDuplicates();
      assertThat(manifest.uses()).allMatch(use -> use.kind().equals(Kinds.MODULE));
      graph.put(manifest.name(), uses);
      dependencyCount += uses.size();
    }
    assertThat(Cycles.find(graph)).isEmpty();
    assertThat(dependencyCount / (double) catalog.size()).as("mean dependencies").isBetween(2.0, 3.5);
    assertThat(catalog).anyMatch(manifest -> !manifest.provides().isEmpty());
  }

  @Test
  void generate_writtenAtScale_scansCleanly() {
    CatalogWriter.writeAll(modules, CatalogWriter.generate(200, 3, 1L));
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.diagnostics()).isEmpty();
    assertThat(catalog.orElseThrow().size()).isEqualTo(200);
  }

  @Test
  void generate_rejectsCountsBeyondTheLimit() {
    assertThatThrownBy(() -> CatalogWriter.generate(100_001, 3, 1L))
        .hasMessage("count must be from 0 to 100000, was 100001");
  }
}
