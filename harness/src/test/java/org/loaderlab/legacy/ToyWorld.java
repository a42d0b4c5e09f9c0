package org.loaderlab.legacy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.loaderlab.engine.catalog.Checksum;

/**
 * A modules folder on Jimfs for legacy loader tests: each module a {@code name.so} of a few bytes
 * and a {@code name.manifest} whose checksum is that binary's true md5, or an embedded module
 * (a manifest alone).
 */
final class ToyWorld implements Closeable {

  private final FileSystem fileSystem = Jimfs.newFileSystem(Configuration.unix());
  final Path modules = fileSystem.getPath("/modules");

  ToyWorld() {
    try {
      Files.createDirectories(modules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code name.so} and {@code name.manifest}: {@code [module]} with name and checksum, then {@code body}. */
  ToyWorld module(String name, String body) {
    String binary = "toy binary of " + name + "\n";
    write(name + ".so", binary);
    String checksum = Checksum.of(Checksum.Algorithm.MD5, binary.getBytes(StandardCharsets.UTF_8)).toString();
    write(name + ".manifest", "[module]\nname=" + name + "\nchecksum=" + checksum + "\n" + body);
    return this;
  }

  ToyWorld module(String name) {
    return module(name, "");
  }

  /** A manifest without a binary: a module built into the core. */
  ToyWorld embedded(String name, String body) {
    write(name + ".manifest", "[module]\nname=" + name + "\n" + body);
    return this;
  }

  /** Replaces the binary, so it no longer matches its manifest's checksum. */
  ToyWorld corruptBinary(String name) {
    write(name + ".so", "another binary of " + name + "\n");
    return this;
  }

  private void write(String file, String text) {
    try {
      Files.writeString(modules.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      fileSystem.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
