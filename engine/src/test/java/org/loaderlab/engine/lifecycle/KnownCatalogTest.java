package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a catalog read earlier spares an engine its first scan only when it is still true: the
 * same folder, on the same file system, reading as it did. Each test writes a Jimfs modules folder
 * whose clock ticks a millisecond per file stamp (as the harness's worlds do), reads a known
 * catalog, maybe changes the folder, and looks at what a cache (or an engine) starting from it sees.
 */
class KnownCatalogTest {

  @Test
  void cache_folderUnchanged_startsFromTheKnownCatalog() throws IOException {
    try (FileSystem fs = fileSystem()) {
      Path modules = folder(fs);
      KnownCatalog known = KnownCatalog.read(modules);

      ModuleCatalog first = new CatalogCache(known, modules).scan(modules);

      assertThat(known.usable()).isTrue();
      assertThat(first).isSameAs(known.scan().orElseThrow().catalog());
    }
  }

  @Test
  void cache_moduleInstalledSince_scansAgain() throws IOException {
    try (FileSystem fs = fileSystem()) {
      Path modules = folder(fs);
      KnownCatalog known = KnownCatalog.read(modules);
      write(modules, "res_new.manifest", "[module]\nname=res_new\nsupport_level=core\n");

      ModuleCatalog first = new CatalogCache(known, modules).scan(modules);

      assertThat(first.find(ModuleName.of("res_new"))).isPresent();
    }
  }

  @Test
  void cache_manifestEditedSince_scansAgain() throws IOException {
    try (FileSystem fs = fileSystem()) {
      Path modules = folder(fs);
      KnownCatalog known = KnownCatalog.read(modules);
      write(modules, "res_a.manifest", "[module]\nname=res_a\nsupport_level=core\ndescription=edited\n");

      ModuleCatalog first = new CatalogCache(known, modules).scan(modules);

      assertThat(first.find(ModuleName.of("res_a")).orElseThrow().manifest().description()).contains("edited");
    }
  }

  @Test
  void cache_anotherFileSystemMadeAlike_ignoresIt() throws IOException {
    // Two Jimfs file systems written alike give equal paths, times and file keys: only the file system tells them apart.
    try (FileSystem first = fileSystem(); FileSystem second = fileSystem()) {
      Path known = folder(first);
      Path other = folder(second);
      KnownCatalog catalog = KnownCatalog.read(known);

      assertThat(Files.readAttributes(other, "basic:lastModifiedTime,fileKey"))
          .isEqualTo(Files.readAttributes(known, "basic:lastModifiedTime,fileKey"));
      assertThat(new CatalogCache(catalog, other).scan(other)).isNotSameAs(catalog.scan().orElseThrow().catalog());
    }
  }

  @Test
  void read_manifestThatMayInclude_isNotUsable() throws IOException {
    try (FileSystem fs = fileSystem()) {
      Path modules = folder(fs);
      write(modules, "res_a.manifest", "[module]\nname=res_a\nsupport_level=core\n#include more.inc\n");

      KnownCatalog known = KnownCatalog.read(modules);

      assertThat(known.usable()).isFalse();
      assertThat(known.folder()).isEqualTo(modules);
    }
  }

  @Test
  void engine_builtWithAKnownCatalog_stillFindsAHotInstall() throws IOException {
    try (World world = new World()) {
      world.module("res_a");
      world.knownCatalog(KnownCatalog.read(world.modules));
      world.module("res_new");

      assertThat(world.load("res_a").success()).isTrue();
      assertThat(world.load("res_new").success()).isTrue();
    }
  }

  private static FileSystem fileSystem() {
    AtomicLong ticks = new AtomicLong();
    return Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setFileTimeSource(() -> FileTime.fromMillis(ticks.incrementAndGet())).build());
  }

  private static Path folder(FileSystem fs) throws IOException {
    Path modules = fs.getPath("/modules");
    Files.createDirectories(modules);
    write(modules, "res_a.manifest", "[module]\nname=res_a\nsupport_level=core\n");
    write(modules, "res_a.so", "code");
    return modules;
  }

  private static void write(Path folder, String file, String text) throws IOException {
    Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
  }
}
