package org.loaderlab.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: discovery pairs manifests with binaries, tells embedded modules from orphan binaries,
 * verifies checksums in both spellings, and never lets two files claim one module. Method: a
 * modules folder on Jimfs per test:
 *
 * <pre>
 *   /modules/app_dial.manifest + app_dial.so     a loadable module
 *   /modules/extconfig.manifest                  embedded in the core
 *   /modules/stray.so                            orphan
 * </pre>
 */
class CatalogScannerTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path modules = fs.getPath("/modules");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(modules);
    Files.writeString(modules.resolve(file), text, StandardCharsets.UTF_8);
  }

  private static String md5(String text) {
    return Checksum.of(Checksum.Algorithm.MD5, text.getBytes(StandardCharsets.UTF_8)).hex();
  }

  private Parsed<ModuleCatalog> scan() {
    return new CatalogScanner().scan(modules, CatalogScanner.Verify.CHECKSUMS);
  }

  @Test
  void scan_pairsManifestWithBinary_andKeepsEmbeddedModules() throws IOException {
    write("app_dial.so", "code");
    write("app_dial.manifest", "[module]\nname=app_dial\nchecksum=" + md5("code") + "\nsupport_level=core\n");
    write("extconfig.manifest", "[module]\nname=extconfig\nsupport_level=core\n");
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.diagnostics()).isEmpty();
    assertThat(catalog.orElseThrow().entries()).extracting(e -> e.name().toString(), CatalogEntry::isEmbedded)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("app_dial", false), org.assertj.core.groups.Tuple.tuple("extconfig", true));
  }

  @Test
  void scan_sha256Checksum_isVerified() throws IOException {
    write("app_dial.so", "code");
    write("app_dial.manifest", "[module]\nname=app_dial\nchecksum=sha256:"
        + Checksum.of(Checksum.Algorithm.SHA256, "code".getBytes(StandardCharsets.UTF_8)).hex() + "\nsupport_level=core\n");
    assertThat(scan().diagnostics()).isEmpty();
    write("app_dial.so", "other code");
    assertThat(scan().diagnostics()).extracting(Diagnostic::code).containsExactly("checksum-mismatch");
    assertThat(scan().orElseThrow().find(ModuleName.of("app_dial")).orElseThrow().valid()).isFalse();
  }

  @Test
  void scan_folderNamedLikeAManifest_isReportedWhenRead() throws IOException {
    // The listing takes no stat per file, so a folder under a module's name surfaces at its read.
    Files.createDirectories(modules.resolve("odd.manifest"));
    Files.createDirectories(modules.resolve("notes"));
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.diagnostics()).extracting(Diagnostic::code, d -> d.location().file())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("file-unreadable", "/modules/odd.manifest"));
    assertThat(catalog.orElseThrow().size()).isZero();
  }

  @Test
  void scan_orphanBinary_isAnErrorOnTheBinary() throws IOException {
    write("stray.so", "code");
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("/modules/stray.so: error: binary has no manifest, so no loader can load it [orphan-binary]");
    assertThat(catalog.orElseThrow().size()).isZero();
  }

  @Test
  void scan_twoFilesForOneModuleInDifferentCase_secondIsRefused() throws IOException {
    write("App_Dial.manifest", "[module]\nname=App_Dial\n");
    write("app_dial.manifest", "[module]\nname=app_dial\n");
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "/modules/app_dial.manifest: error: module 'app_dial' is also defined by 'App_Dial.manifest'"
            + " (module names are case-insensitive) [duplicate-module]");
    assertThat(catalog.orElseThrow().entries()).extracting(e -> e.name().toString()).containsExactly("App_Dial");
  }

  @Test
  void scan_missingFolder_failsWithOneError() {
    Parsed<ModuleCatalog> catalog = scan();
    assertThat(catalog.value()).isEmpty();
    assertThat(catalog.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("/modules: error: modules folder not found [folder-not-found]");
  }

  @Test
  void scan_listing_isSortedWhateverTheCreationOrder() throws IOException {
    write("b.manifest", "[module]\nname=b\n");
    write("a.manifest", "[module]\nname=a\n");
    write("c.manifest", "[module]\nname=c\n");
    assertThat(scan().orElseThrow().entries()).extracting(e -> e.name().toString()).containsExactly("a", "b", "c");
  }

  @Test
  void scan_withoutVerification_doesNotReadBinaries() throws IOException {
    write("app_dial.so", "changed");
    write("app_dial.manifest", "[module]\nname=app_dial\nchecksum=" + md5("code") + "\n");
    assertThat(new CatalogScanner().scan(modules, CatalogScanner.Verify.NOTHING).diagnostics()).isEmpty();
  }
}
