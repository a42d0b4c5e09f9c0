package org.loaderlab.linker;

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
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a kept image is never a stale one, and what the cache gives is exactly what the parser
 * gives for the file as it is now, diagnostics included. Method: one binary on Jimfs, parsed,
 * rewritten, broken and removed.
 *
 * <pre>
 *   /modules/res_a.so   a small fake binary
 * </pre>
 */
class BinaryImagesTest {

  private static final String BINARY = "[module]\nname=res_a\nload=success\nunload_module=yes\n";

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path file = fs.getPath("/modules/res_a.so");
  private final BinaryImages images = new BinaryImages();

  BinaryImagesTest() throws IOException {
    Files.createDirectories(file.getParent());
    write(BINARY);
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void parse_sameBytesAgain_givesTheKeptImage() {
    var first = images.parse(file);

    assertThat(images.parse(file)).isSameAs(first);
    assertThat(first).isEqualTo(new FakeBinaryParser().parse(file));
    assertThat(images.size()).isEqualTo(1);
  }

  @Test
  void parse_binaryReplaced_parsesTheNewBytes() throws IOException {
    images.parse(file);
    write(BINARY.replace("load=success", "load=decline"));

    var second = images.parse(file);

    assertThat(second).isEqualTo(new FakeBinaryParser().parse(file));
    assertThat(second.orElseThrow().name()).isEqualTo(ModuleName.of("res_a"));
    assertThat(images.size()).isEqualTo(2);
  }

  @Test
  void parse_brokenBinary_sameDiagnosticsAsTheParser() throws IOException {
    write("[module]\nname=res_b\nbogus=1\n");

    assertThat(images.parse(file)).isEqualTo(new FakeBinaryParser().parse(file));
    assertThat(images.parse(file).hasErrors()).isTrue();
  }

  @Test
  void parse_missingFile_sameAsTheParserAndNotKept() throws IOException {
    Files.delete(file);

    assertThat(images.parse(file)).isEqualTo(new FakeBinaryParser().parse(file));
    assertThat(images.size()).isZero();
  }

  private void write(String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
