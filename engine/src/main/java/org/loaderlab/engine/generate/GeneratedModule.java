package org.loaderlab.engine.generate;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Manifest;

/**
 * One module's generated manifest and the source it came from.
 *
 * @param embedded built into the core ({@code main/}): its manifest has no binary, so no checksum
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GeneratedModule(Manifest manifest, String mainSource, boolean embedded) {

  public GeneratedModule {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(mainSource, "mainSource");
  }
}
