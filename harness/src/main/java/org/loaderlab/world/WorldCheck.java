package org.loaderlab.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * What must hold before a simulation starts: every file of the world reads. The engine's catalog
 * scanner reads the manifests and compares checksums, the fake-binary parser reads every
 * {@code .so}, and the engine's config parsers read {@code modules.conf}, {@code extconfig.conf}
 * and {@code extensions.conf} when present. What only the engine should find (a dangling use, a
 * cycle, a banned dependency) is left to it: those worlds are what the engine is tested on.
 */
final class WorldCheck {

  static final String MODULES_CONF = "modules.conf";
  static final String EXTCONFIG_CONF = "extconfig.conf";
  static final String EXTENSIONS_CONF = "extensions.conf";
  private static final String BINARY_SUFFIX = ".so";

  private WorldCheck() {}

  /** Every problem of the world's files, sorted by file and line. */
  static List<Diagnostic> check(Path modules, Path etc, ConfLimits limits) {
    List<Diagnostic> problems = new ArrayList<>(
        new CatalogScanner(limits).scan(modules, CatalogScanner.Verify.CHECKSUMS).diagnostics());
    FakeBinaryParser binaries = new FakeBinaryParser(limits);
    for (Path binary : binaries(modules)) {
      problems.addAll(binaries.parse(binary).diagnostics());
    }
    Path modulesConf = etc.resolve(MODULES_CONF);
    if (Files.exists(modulesConf)) {
      problems.addAll(new ModulesConfParser(limits).parse(modulesConf).diagnostics());
    }
    Path extconfig = etc.resolve(EXTCONFIG_CONF);
    if (Files.exists(extconfig)) {
      problems.addAll(new ExtConfigParser(limits).parse(extconfig).diagnostics());
    }
    Path extensions = etc.resolve(EXTENSIONS_CONF);
    if (Files.exists(extensions)) {
      problems.addAll(new DialplanParser(limits).parse(extensions).diagnostics());
    }
    problems.sort(null);
    return List.copyOf(problems);
  }

  /** The {@code .so} files of {@code modules}, sorted: listing order is unspecified. */
  private static List<Path> binaries(Path modules) {
    if (!Files.isDirectory(modules)) {
      return List.of(); // the catalog scanner has said so already
    }
    try (Stream<Path> files = Files.list(modules)) {
      return files.filter(file -> file.getFileName().toString().endsWith(BINARY_SUFFIX))
          .filter(Files::isRegularFile)
          .limit(CatalogScanner.FILES_MAX)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + modules, e);
    }
  }
}
