package org.loaderlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.loaderlab.engine.generate.Generation;
import org.loaderlab.engine.generate.ManifestFolderWriter;
import org.loaderlab.engine.generate.SourceTreeGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code manifest generate --tree} over a generated source tree, writing the manifests, against
 * the floor of walking the tree and reading every source's bytes.
 */
@State(Scope.Benchmark)
public class ManifestGenerateBenchmark {

  @Param("1000")
  public int count;

  private Path root;
  private Path tree;
  private Path out;

  @Setup(Level.Trial)
  public void writeTree() throws IOException {
    root = Files.createTempDirectory("loaderlab-bench-");
    tree = root.resolve("src");
    out = root.resolve("out");
    SyntheticSources.write(tree, count, 42L);
  }

  @TearDown(Level.Trial)
  public void deleteTree() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The baseline: walk the tree and read every source, generate nothing. */
  @Benchmark
  public void baseline(Blackhole sink) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        sink.consume(Files.readAllBytes(file));
      }
    }
  }

  /** Scan, generate and write every manifest, as {@code loaderlab manifest generate --tree} does. */
  @Benchmark
  public List<Path> generate() throws IOException {
    Generation generation = new SourceTreeGenerator().generateTree(tree, Optional.empty());
    if (generation.hasErrors() || generation.modules().size() != count) {
      throw new IllegalStateException("synthetic tree did not generate cleanly: " + generation.render());
    }
    return ManifestFolderWriter.write(generation, out);
  }
}
