package org.loaderlab.engine.manifest;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * A parsed manifest and where each of its lines came from, so that later checks (a dangling
 * use, a cycle) can point at the exact line. The location lists run parallel to the manifest's
 * {@code uses}, {@code canUse} and {@code provides}.
 *
 * @param nameLocation the {@code name=} line, or the {@code [module]} header when name is implied
 * @param checksumLocation the {@code checksum=} line, or the {@code [module]} header when absent
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ManifestSource(
    String file,
    Manifest manifest,
    SourceLocation nameLocation,
    SourceLocation checksumLocation,
    List<SourceLocation> usesLocations,
    List<SourceLocation> canUseLocations,
    List<SourceLocation> providesLocations) {

  public ManifestSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(nameLocation, "nameLocation");
    Objects.requireNonNull(checksumLocation, "checksumLocation");
    usesLocations = List.copyOf(usesLocations);
    canUseLocations = List.copyOf(canUseLocations);
    providesLocations = List.copyOf(providesLocations);
    requireParallel("uses", manifest.uses().size(), usesLocations.size());
    requireParallel("canuse", manifest.canUse().size(), canUseLocations.size());
    requireParallel("provides", manifest.provides().size(), providesLocations.size());
  }

  private static void requireParallel(String section, int entries, int locations) {
    if (entries != locations) {
      throw new IllegalArgumentException(
          "[" + section + "] has " + entries + " entries but " + locations + " locations");
    }
  }
}
