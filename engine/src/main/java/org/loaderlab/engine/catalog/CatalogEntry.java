package org.loaderlab.engine.catalog;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestSource;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * One module found in a modules folder: its parsed manifest and, unless it is embedded in the
 * core, its binary.
 *
 * @param valid whether its manifest parsed without errors; an invalid module is listed so checks
 *     can see it, but must never be loaded
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CatalogEntry(ModuleName name, ManifestSource source, Optional<Path> binary, boolean valid) {

  public CatalogEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(binary, "binary");
  }

  public Manifest manifest() {
    return source.manifest();
  }

  /** A module with a manifest and no binary is built into the core. */
  public boolean isEmbedded() {
    return binary.isEmpty();
  }
}
