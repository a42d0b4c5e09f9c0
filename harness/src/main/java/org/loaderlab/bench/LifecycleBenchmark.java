package org.loaderlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.lifecycle.LoaderBuilder;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole lifecycle of a generated catalog on disk: startup with {@code autoload=yes} (every
 * module resolved, checksum-verified, opened and started, dependencies first), then
 * {@code shutdown(false)} (every module stopped and closed), all on one thread through a runtime
 * that runs queued tasks until idle. The baseline only scans the catalog, so the ratio is what
 * the lifecycle costs beyond reading the manifests; the growth between counts says whether that
 * cost is linear in the number of modules.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@State(Scope.Benchmark)
public class LifecycleBenchmark {

  private static final int DEPENDENCIES_MEAN = 3;
  private static final long SEED = 42L;
  private static final int PROBLEMS_SHOWN_MAX = 5;

  @Param({"1000", "10000", "100000"})
  public int count;

  private Path folder;
  private ModulesConf autoload;
  private Map<ModuleName, List<LifecycleCatalog.Registered>> registrations;

  @Setup(Level.Trial)
  public void writeCatalog() throws IOException {
    folder = Files.createTempDirectory("loaderlab-bench-");
    List<Manifest> manifests = LifecycleCatalog.write(SyntheticCatalog.manifests(count, DEPENDENCIES_MEAN, SEED), folder);
    registrations = LifecycleCatalog.registrations(manifests);
    Parsed<ModulesConf> conf = new ModulesConfParser().parseText("modules.conf", "[modules]\nautoload=yes\n");
    if (conf.hasErrors()) {
      throw new IllegalStateException("modules.conf did not parse: " + conf.errors());
    }
    autoload = conf.orElseThrow();
  }

  @TearDown(Level.Trial)
  public void deleteCatalog() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The baseline: discover the catalog (list, parse every manifest), as the engine does first. */
  @Benchmark
  public ModuleCatalog baseline() {
    Parsed<ModuleCatalog> catalog = new CatalogScanner().scan(folder, CatalogScanner.Verify.NOTHING);
    if (catalog.hasErrors() || catalog.orElseThrow().size() != count) {
      throw new IllegalStateException("generated catalog did not scan cleanly: " + catalog.errors());
    }
    return catalog.orElseThrow();
  }

  /** Build the engine, start every module, shut down; every module must have run and closed. */
  @Benchmark
  public ModuleLoader startupShutdown() {
    LifecycleLinker linker = new LifecycleLinker(registrations);
    LifecycleRuntime runtime = new LifecycleRuntime();
    ModuleLoader loader = LoaderBuilder.create()
        .modulesFolder(folder)
        .modulesConf(autoload)
        .linker(linker)
        .runtime(runtime)
        .build();
    settle("start", loader.start(), runtime);
    settle("shutdown", loader.shutdown(false), runtime);
    linker.requireAllRanAndClosed(count);
    return loader;
  }

  /** Runs the runtime dry; the operation must then be over, and have succeeded. */
  private static void settle(String operation, CompletableFuture<Outcome> future, LifecycleRuntime runtime) {
    runtime.runUntilIdle();
    if (!future.isDone()) {
      throw new IllegalStateException(operation + " is not done although its runtime is idle");
    }
    Outcome outcome = future.join();
    if (!outcome.success()) {
      throw new IllegalStateException(operation + " failed, " + outcome.problems().size() + " problems, first: "
          + outcome.problems().stream().limit(PROBLEMS_SHOWN_MAX).toList());
    }
  }
}
