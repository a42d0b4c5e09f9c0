package org.loaderlab.engine.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.resolve.ProviderIndex;

/**
 * The seed's {@code make check}: checks a modules folder, or a world folder holding
 * {@code modules/} and {@code etc/}, and reports every problem at once.
 *
 * <ol>
 *   <li>Discovery: syntax, unknown sections and keys, bad values, names that do not match their
 *       files, orphan binaries, checksum mismatches.
 *   <li>A world's {@code etc/}: {@code modules.conf}, {@code extconfig.conf} and
 *       {@code extensions.conf} parse, name installed modules, and need only what is provided.
 *   <li>The catalog as a whole: dangling {@code [uses]}, conflicting providers, ranked services
 *       with a tie, dependency cycles (through manifests and configuration alike).
 * </ol>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ManifestCheck {

  private final ConfLimits limits;
  private final CatalogScanner scanner;

  public ManifestCheck(ConfLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.scanner = new CatalogScanner(limits);
  }

  public ManifestCheck() {
    this(ConfLimits.DEFAULTS);
  }

  /** Checks {@code folder}: a world when it has a {@code modules/} folder, else a modules folder. */
  public CheckReport check(Path folder) {
    boolean world = Files.isDirectory(folder.resolve("modules"));
    Path modules = world ? folder.resolve("modules") : folder;
    Parsed<ModuleCatalog> scanned = scanner.scan(modules, CatalogScanner.Verify.CHECKSUMS);
    List<Diagnostic> problems = new ArrayList<>(scanned.diagnostics());
    if (scanned.value().isEmpty()) {
      return new CheckReport(folder.toString(), 0, 0, problems);
    }
    ModuleCatalog catalog = scanned.orElseThrow();
    ProviderIndex index = ProviderIndex.of(catalog.manifests());
    List<Edge> configEdges = List.of();
    if (world) {
      WorldChecks.Result configured = WorldChecks.run(folder.resolve("etc"), catalog, index, limits);
      problems.addAll(configured.problems());
      configEdges = configured.edges();
    }
    problems.addAll(CatalogChecks.run(catalog, index, configEdges));
    int embedded = (int) catalog.entries().stream().filter(CatalogEntry::isEmbedded).count();
    return new CheckReport(folder.toString(), catalog.size(), embedded, problems);
  }
}
