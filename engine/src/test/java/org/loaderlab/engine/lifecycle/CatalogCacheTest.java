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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a reused catalog is never a stale one. Each test scans a Jimfs modules folder (its clock
 * ticking a millisecond per file stamp, as the harness's worlds do), changes it the way a hot
 * install or an edit would, and checks the next scan sees the change; an unchanged
 * folder gives the very same catalog object, which is what makes the reuse worth having.
 *
 * <pre>
 *   /modules/chan_sip.manifest + chan_sip.so   a module with a binary
 *   /modules/res_rtp.manifest                  embedded
 * </pre>
 */
class CatalogCacheTest {

  private final AtomicLong ticks = new AtomicLong();
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
      .setFileTimeSource(() -> FileTime.fromMillis(ticks.incrementAndGet())).build());
  private final Path modules = fs.getPath("/modules");
  private final CatalogCache cache = new CatalogCache();

  CatalogCacheTest() throws IOException {
    Files.createDirectories(modules);
    write("chan_sip.manifest", manifest("chan_sip", "SIP"));
    write("chan_sip.so", "code");
    write("res_rtp.manifest", manifest("res_rtp", "RTP"));
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void scan_unchangedFolder_givesTheSameCatalog() {
    ModuleCatalog first = cache.scan(modules);

    assertThat(cache.scan(modules)).isSameAs(first);
    assertThat(first.entries()).extracting(CatalogEntry::name)
        .containsExactly(ModuleName.of("chan_sip"), ModuleName.of("res_rtp"));
  }

  @Test
  void scan_manifestEdited_readsTheEdit() throws IOException {
    ModuleCatalog first = cache.scan(modules);
    write("res_rtp.manifest", manifest("res_rtp", "Realtime"));

    ModuleCatalog second = cache.scan(modules);

    assertThat(second).isNotSameAs(first);
    assertThat(description(second, "res_rtp")).contains("Realtime");
    assertThat(cache.scan(modules)).isSameAs(second);
  }

  @Test
  void scan_manifestEditedToTheSameSize_readsTheEdit() throws IOException {
    cache.scan(modules);
    write("res_rtp.manifest", manifest("res_rtp", "PTR"));

    assertThat(description(cache.scan(modules), "res_rtp")).contains("PTR");
  }

  @Test
  void scan_entryAddedAndRemoved_keepsTheCatalog() throws IOException {
    // The folder's time moved, so it is listed again, and reads the same: nothing to parse.
    ModuleCatalog first = cache.scan(modules);
    write("res_rtp.tmp", "");
    Files.delete(modules.resolve("res_rtp.tmp"));

    assertThat(cache.scan(modules)).isSameAs(first);
    assertThat(cache.scan(modules)).isSameAs(first);
  }

  @Test
  void scan_hotInstall_findsTheNewModule() throws IOException {
    cache.scan(modules);
    write("app_dial.manifest", manifest("app_dial", "Dial"));

    assertThat(cache.scan(modules).find(ModuleName.of("app_dial"))).isPresent();
  }

  @Test
  void scan_binaryRemoved_entryBecomesEmbedded() throws IOException {
    cache.scan(modules);
    Files.delete(modules.resolve("chan_sip.so"));

    assertThat(cache.scan(modules).find(ModuleName.of("chan_sip")).orElseThrow().isEmbedded()).isTrue();
  }

  @Test
  void scan_manifestIncludingAFile_seesTheIncludedFileChange() throws IOException {
    write("rtp.inc", "description=RTP\n");
    write("res_rtp.manifest", "[module]\nname=res_rtp\nsupport_level=core\n#include rtp.inc\n");
    ModuleCatalog first = cache.scan(modules);
    write("rtp.inc", "description=Realtime\n");

    ModuleCatalog second = cache.scan(modules);

    assertThat(description(first, "res_rtp")).contains("RTP");
    assertThat(description(second, "res_rtp")).contains("Realtime");
  }

  @Test
  void scan_folderMissing_givesAnEmptyCatalogEachTime() {
    Path missing = fs.getPath("/nowhere");

    assertThat(cache.scan(missing).entries()).isEmpty();
    assertThat(cache.scan(missing).directory()).isEqualTo("/nowhere");
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(modules.resolve(file), text, StandardCharsets.UTF_8);
  }

  private static String manifest(String name, String description) {
    return "[module]\nname=" + name + "\nsupport_level=core\ndescription=" + description + "\n";
  }

  private static Optional<String> description(ModuleCatalog catalog, String module) {
    return catalog.find(ModuleName.of(module)).orElseThrow().manifest().description();
  }
}
