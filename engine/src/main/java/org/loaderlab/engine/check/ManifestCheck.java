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

/**
 * The seed's {@code make check}: checks a modules folder, or a world folder holding
 * {@code modules/} and {@code etc/}, and reports every problem at once.
 *
 * <ol>
 *   <li>Discovery: syntax, unknown sections and keys, bad values, names that do not match their
 *       files, orphan binaries, checksum mismatches.
 *   <li>The catalog as a whole: dangling {@code [uses]}, conflicting providers, ranked services
 *       with a tie, dependency cycles.
 * </ol>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ManifestCheck {

  private final CatalogScanner scanner;

  public ManifestCheck(ConfLimits limits) {
    this.scanner = new CatalogScanner(Objects.requireNonNull(limits, "limits"));
  }

  public ManifestCheck() {
    this(ConfLimits.DEFAULTS);
  }

  /** Checks {@code folder}: a world when it has a {@code modules/} folder, else a modules folder. */
  public CheckReport check(Path folder) {
    Path modules = Files.isDirectory(folder.resolve("modules")) ? folder.resolve("modules") : folder;
    Parsed<ModuleCatalog> scanned = scanner.scan(modules, CatalogScanner.Verify.CHECKSUMS);
    List<Diagnostic> problems = new ArrayList<>(scanned.diagnostics());
    if (scanned.value().isEmpty()) {
      return new CheckReport(folder.toString(), 0, 0, problems);
    }
    ModuleCatalog catalog = scanned.orElseThrow();
    problems.addAll(CatalogChecks.run(catalog));
    int embedded = (int) catalog.entries().stream().filter(CatalogEntry::isEmbedded).count();
    return new CheckReport(folder.toString(), catalog.size(), embedded, problems);
  }
}
