package org.loaderlab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a world is a faithful in-memory copy of its folder, refused with file:line when one of its
 * files does not read, and writable while the engine runs (hot install, edited manifest, replaced
 * binary), with {@link World#check()} saying what the files hold now. Method: the seed fixture, and
 * small generated worlds:
 *
 * <pre>
 *   /w/modules/res_a.manifest + res_a.so    a module with a binary
 *   /w/modules/core.manifest                an embedded module
 *   /w/etc/modules.conf                     autoload
 * </pre>
 */
class WorldTest {

  private static final ModuleName RES_A = ModuleName.of("res_a");
  private static final ModuleName RES_B = ModuleName.of("res_b");

  private static WorldSpec.Builder small() {
    return WorldSpec.builder("w")
        .module(Manifest.minimal(RES_A), FakeBinary.builder(RES_A).registers("application", "A").build())
        .embedded(Manifest.minimal(ModuleName.of("core")))
        .etc("modules.conf", "[modules]\nautoload=yes\n");
  }

  private static List<String> rendered(Parsed<World> parsed) {
    return parsed.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void fromFolder_seed_copiesModulesAndEtcByteForByte() throws IOException {
    Path seed = Fixtures.world("seed");
    Parsed<World> loaded = World.fromFolder(seed);
    assertThat(loaded.errors()).isEmpty();
    try (World world = loaded.orElseThrow()) {
      assertThat(world.name()).isEqualTo("seed");
      assertThat(world.modulesFolder()).hasToString("/seed/modules");
      assertThat(world.etc()).hasToString("/seed/etc");
      assertThat(world.modulesConf()).hasToString("/seed/etc/modules.conf");
      assertThat(world.extconfigConf()).hasToString("/seed/etc/extconfig.conf");
      assertThat(world.extensionsConf()).hasToString("/seed/etc/extensions.conf");
      for (String part : List.of("modules", "etc")) {
        List<String> expected = names(seed.resolve(part));
        assertThat(names(world.root().resolve(part))).isEqualTo(expected);
        for (String name : expected) {
          assertThat(Files.readAllBytes(world.root().resolve(part).resolve(name)))
              .isEqualTo(Files.readAllBytes(seed.resolve(part).resolve(name)));
        }
      }
      ModuleCatalog catalog = new CatalogScanner().scan(world.modulesFolder(), CatalogScanner.Verify.CHECKSUMS)
          .orElseThrow();
      assertThat(catalog.find(ModuleName.of("chan_sip")).orElseThrow().binary())
          .contains(world.binaryOf(ModuleName.of("chan_sip")));
    }
  }

  @Test
  void copy_sameFilesOnItsOwnFileSystem_writesStayApart() throws IOException {
    try (World world = World.fromFolder(Fixtures.world("seed")).orElseThrow(); World copy = world.copy()) {
      assertThat(copy.name()).isEqualTo("seed");
      assertThat(copy.fileSystem()).isNotSameAs(world.fileSystem());
      for (String part : List.of("modules", "etc")) {
        assertThat(names(copy.root().resolve(part))).isEqualTo(names(world.root().resolve(part)));
      }
      assertThat(Files.readString(copy.binaryOf(ModuleName.of("chan_sip"))))
          .isEqualTo(Files.readString(world.binaryOf(ModuleName.of("chan_sip"))));
      copy.writeModuleFile("chan_sip.so", "changed");
      assertThat(Files.readString(world.binaryOf(ModuleName.of("chan_sip")))).isNotEqualTo("changed");
      assertThat(copy.check()).anyMatch(Diagnostic::isError);
      assertThat(world.check()).noneMatch(Diagnostic::isError);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void fromFolder_missingFolder_isAWorldError(@TempDir Path temp) {
    Parsed<World> loaded = World.fromFolder(temp.resolve("nowhere"));
    assertThat(loaded.value()).isEmpty();
    assertThat(loaded.diagnostics()).extracting(Diagnostic::code).containsExactly("world-not-found");
  }

  @Test
  void fromFolder_badFolderName_isAWorldError(@TempDir Path temp) throws IOException {
    Path odd = Files.createDirectories(temp.resolve("my world"));
    assertThat(rendered(World.fromFolder(odd))).containsExactly(odd + ": error: invalid world name 'my world':"
        + " use letters, digits, '_' and '-' only [invalid-world-name]");
  }

  @Test
  void fromFolder_noEtc_andSubfoldersIgnored(@TempDir Path temp) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("bare").resolve("modules").resolve("nested")).getParent().getParent();
    Files.writeString(folder.resolve("modules/core.manifest"), "[module]\nname=core\n", StandardCharsets.UTF_8);
    try (World world = World.fromFolder(folder).orElseThrow()) {
      assertThat(names(world.modulesFolder())).containsExactly("core.manifest");
      assertThat(names(world.etc())).isEmpty();
    }
  }

  @Test
  void fromFolder_fileTooLarge_notCopied_isAWorldError(@TempDir Path temp) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("big").resolve("modules")).getParent();
    Path large = folder.resolve("modules/res_a.so");
    Files.writeString(large, "x".repeat(200), StandardCharsets.UTF_8);
    ConfLimits limits = new ConfLimits(100, 8192, 10, 50);
    Parsed<World> loaded = World.fromFolder(folder, limits);
    assertThat(rendered(loaded)).containsExactly(large + ": error: file is 200 bytes, the limit is 100 bytes [file-too-large]");
  }

  @Test
  void generate_writesEveryFile_withChecksumsOfTheBinaries() throws IOException {
    try (World world = World.generate(small().build()).orElseThrow()) {
      assertThat(names(world.modulesFolder())).containsExactly("core.manifest", "res_a.manifest", "res_a.so");
      assertThat(world.check()).isEmpty();
      Manifest manifest = new ManifestParser().parse(world.manifestOf(RES_A)).orElseThrow().manifest();
      assertThat(manifest.checksum()).contains(WorldSpec.checksumOf(Files.readString(world.binaryOf(RES_A))));
      assertThat(new FakeBinaryParser().parse(world.binaryOf(RES_A)).orElseThrow().registers("application", "A")).isTrue();
    }
  }

  @Test
  void generate_brokenManifest_worldErrorAtFileAndLine() {
    WorldSpec spec = small().manifestText(RES_B, "[module]\nname=res_b\nload_priority=soon\n").build();
    assertThat(rendered(World.generate(spec))).containsExactly("/w/modules/res_b.manifest:3: error: unknown"
        + " load_priority 'soon': expected one of realtime_depend, realtime_depend2, realtime_driver, core, timing,"
        + " channel_depend, channel_driver, app_depend, devstate_provider, devstate_plugin, cdr_driver, default,"
        + " devstate_consumer [unknown-load-priority]");
  }

  @Test
  void generate_brokenBinary_worldErrorAtFileAndLine() {
    String broken = "[module]\nname=res_b\n[threads]\nthread=io:uses=nope\n";
    WorldSpec spec = small().binaryText(RES_B, broken)
        .manifestText(RES_B, "[module]\nname=res_b\nchecksum=" + WorldSpec.checksumOf(broken) + "\n").build();
    assertThat(rendered(World.generate(spec))).containsExactly("/w/modules/res_b.so:4: error: thread 'io' uses"
        + " threadstorage key 'nope', which [threadstorage] does not declare [unknown-storage-key]");
  }

  @Test
  void generate_checksumMismatch_orOrphan_orBrokenEtc_worldErrors() {
    WorldSpec spec = small()
        .binaryText(RES_B, "[module]\nname=res_b\n")
        .manifestText(RES_B, "[module]\nname=res_b\nchecksum=00000000000000000000000000000000\n")
        .binaryText(ModuleName.of("stray"), "[module]\nname=stray\n")
        .etc("extensions.conf", "[default]\nexten => s,1,Dial(\n")
        .etc("extconfig.conf", "[settings\n")
        .build();
    Parsed<World> generated = World.generate(spec);
    assertThat(generated.value()).isEmpty();
    assertThat(generated.diagnostics()).extracting(d -> d.location() + " " + d.code()).containsExactly(
        "/w/etc/extconfig.conf:1 unclosed-section",
        "/w/etc/extensions.conf:2 unbalanced-brackets",
        "/w/modules/res_b.manifest:3 checksum-mismatch",
        "/w/modules/stray.so orphan-binary");
  }

  @Test
  void generate_warningsAreKept() {
    WorldSpec spec = small().manifestText(RES_B, "[module]\nname=res_b\nchecksum=00000000000000000000000000000000\n")
        .build();
    Parsed<World> generated = World.generate(spec);
    assertThat(generated.value()).isPresent();
    assertThat(rendered(generated)).containsExactly("/w/modules/res_b.manifest:3: warning: manifest has a checksum"
        + " but there is no res_b.so; treated as embedded [checksum-without-binary]");
    generated.orElseThrow().close();
  }

  @Test
  void hotInstall_editAndReplace_areSeenByCheck() {
    try (World world = World.generate(small().build()).orElseThrow()) {
      FakeBinary b = FakeBinary.builder(RES_B).registers("function", "B").build();
      world.install(Manifest.minimal(RES_B), b);
      assertThat(world.check()).isEmpty();
      assertThat(new CatalogScanner().scan(world.modulesFolder(), CatalogScanner.Verify.CHECKSUMS).orElseThrow()
          .find(RES_B)).isPresent();

      // The written manifest opens with a comment line, so its checksum is on line 3 of [module], line 4 of the file.
      world.writeBinary(b.toBuilder().registers("function", "B2").build());
      assertThat(world.check()).extracting(d -> d.location() + " " + d.code())
          .containsExactly("/w/modules/res_b.manifest:4 checksum-mismatch");

      Manifest edited = WorldSpec.withChecksumOf(Manifest.minimal(RES_B), "anything");
      world.writeManifest(edited);
      assertThat(world.check()).extracting(Diagnostic::code).containsExactly("checksum-mismatch");

      world.writeModuleFile("res_b.manifest", "[module]\nname=res_b\nbogus=1\n");
      assertThat(world.check()).extracting(d -> d.location() + " " + d.severity().label() + " " + d.code())
          .containsExactly("/w/modules/res_b.manifest:1 warning no-checksum", "/w/modules/res_b.manifest:3 error unknown-key");

      assertThat(world.deleteModuleFile("res_b.manifest")).isTrue();
      assertThat(world.deleteModuleFile("res_b.so")).isTrue();
      assertThat(world.deleteModuleFile("res_b.so")).isFalse();
      world.writeEtcFile("modules.conf", "[modules]\nautoload=maybe\n");
      assertThat(world.check()).extracting(d -> d.location() + " " + d.code())
          .containsExactly("/w/etc/modules.conf:2 bad-boolean");
    }
  }

  @Test
  void install_mismatchedPair_refused() {
    try (World world = World.generate(small().build()).orElseThrow()) {
      assertThatThrownBy(() -> world.install(Manifest.minimal(RES_A), FakeBinary.plain(RES_B)))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("manifest res_a paired with binary res_b");
      assertThatThrownBy(() -> world.writeModuleFile("../etc/modules.conf", "x"))
          .hasMessage("invalid file name '../etc/modules.conf': one file of the folder, no path");
    }
  }

  @Test
  void close_endsTheFileSystem() {
    World world = World.generate(small().build()).orElseThrow();
    Path modules = world.modulesFolder();
    world.close();
    assertThat(world.fileSystem().isOpen()).isFalse();
    assertThatThrownBy(() -> Files.list(modules)).isInstanceOf(ClosedFileSystemException.class);
    assertThat(Optional.of(world)).map(World::toString).contains("World[w]");
  }
}
