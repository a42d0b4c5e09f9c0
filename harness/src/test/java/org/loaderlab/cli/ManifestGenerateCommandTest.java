package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal: {@code loaderlab manifest generate} does the build step end to end: a tree becomes a
 * modules folder that {@code manifest check} accepts, an error writes nothing, and checksums come
 * from the binaries folder. Method: the commands run in-process on the source fixtures.
 */
class ManifestGenerateCommandTest {

  private static final Path MODULEINFO = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures")).resolve("moduleinfo");

  private static long count(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void generateTree_thenCheck_isClean(@TempDir Path out) throws IOException {
    CommandRun generate = CommandRun.of("manifest", "generate", "--tree", MODULEINFO.resolve("tree").toString(), "--out", out.toString());
    assertThat(generate.exitCode()).as(generate.out() + generate.err()).isZero();
    assertThat(generate.out()).contains("25 modules (8 embedded)").contains("wrote 25 manifests to " + out);
    assertThat(count(out)).isEqualTo(25);
    CommandRun check = CommandRun.of("manifest", "check", out.toString());
    assertThat(check.exitCode()).as(check.out()).isZero();
  }

  @Test
  void generateFile_withError_writesNothing(@TempDir Path tmp) {
    Path out = tmp.resolve("out");
    CommandRun run = CommandRun.of("manifest", "generate", MODULEINFO.resolve("bad/use_without_type.c").toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("use_without_type.c:24: error: <use> of 'res_crypto' has no type attribute")
        .contains("nothing written");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void generateFile_withBinaries_writesTheMd5OfTheBinary(@TempDir Path tmp) throws IOException {
    Path binaries = Files.createDirectories(tmp.resolve("bin"));
    Files.writeString(binaries.resolve("app_dial.so"), "abc");
    Path out = tmp.resolve("out");
    CommandRun run = CommandRun.of("manifest", "generate", MODULEINFO.resolve("samples/app_dial.c").toString(),
        "--out", out.toString(), "--binaries", binaries.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(Files.readString(out.resolve("app_dial.manifest"))).contains("checksum=900150983cd24fb0d6963f7d28e17f72\n");
  }

  @Test
  void generate_needsExactlyOneInput() {
    assertThat(CommandRun.of("manifest", "generate", "--out", "x").exitCode()).isEqualTo(2);
    CommandRun both = CommandRun.of("manifest", "generate", "a.c", "--tree", "src", "--out", "x");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void generate_missingTree_isAUsageError() {
    CommandRun run = CommandRun.of("manifest", "generate", "--tree", "no/such/tree", "--out", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a folder: no/such/tree");
  }
}
