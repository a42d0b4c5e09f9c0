package org.loaderlab.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.diagnostic.Parsed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing a modules folder of generated manifests from disk, against the floor of just listing
 * the folder and reading every file's bytes.
 */
@State(Scope.Benchmark)
public class ManifestParseBenchmark {

  @Param("10000")
  public int count;

  private Path folder;

  @Setup(Level.Trial)
  public void writeCatalog() throws IOException {
    folder = Files.createTempDirectory("loaderlab-bench-");
    SyntheticCatalog.write(SyntheticCatalog.manifests(count, 3, 42L), folder);
  }

  @TearDown(Level.Trial)
  public void deleteCatalog() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The baseline: list the folder and read every file, parse nothing. */
  @Benchmark
  public void baseline(Blackhole sink) throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path file : stream) {
        sink.consume(Files.readAllBytes(file));
      }
    }
  }

  /** Discovery as {@code manifest check} and the loader run it, minus checksums (no binaries here). */
  @Benchmark
  public ModuleCatalog parse() {
    Parsed<ModuleCatalog> catalog = new CatalogScanner().scan(folder, CatalogScanner.Verify.NOTHING);
    if (catalog.hasErrors() || catalog.orElseThrow().size() != count) {
      throw new IllegalStateException("generated catalog did not parse cleanly: " + catalog.errors());
    }
    return catalog.orElseThrow();
  }
}
