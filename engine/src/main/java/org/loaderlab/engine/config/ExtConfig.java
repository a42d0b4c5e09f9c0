package org.loaderlab.engine.config;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Requirement;

/**
 * What {@code extconfig.conf} says: which realtime driver serves each config file and each
 * realtime family. This replaces {@code preload}: a module with {@code config=extensions.conf}
 * depends on the provider of {@code realtime=sqlite3} when {@code extensions.conf} is mapped to
 * {@code sqlite3} ({@link #requirementsFor}).
 *
 * @param staticConfigs mappings of config files ({@link RealtimeMapping#isStaticConfig()}), in file order
 * @param families mappings of realtime families, in file order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExtConfig(List<RealtimeMapping> staticConfigs, List<RealtimeMapping> families) {

  public ExtConfig {
    staticConfigs = List.copyOf(staticConfigs);
    families = List.copyOf(families);
    for (RealtimeMapping mapping : staticConfigs) {
      if (!mapping.isStaticConfig()) {
        throw new IllegalArgumentException("'" + mapping.family() + "' is a family, not a config file");
      }
    }
    for (RealtimeMapping mapping : families) {
      if (mapping.isStaticConfig()) {
        throw new IllegalArgumentException("'" + mapping.family() + "' is a config file, not a family");
      }
    }
  }

  /** No mappings: every config file is read from disk. */
  public static ExtConfig empty() {
    return new ExtConfig(List.of(), List.of());
  }

  /**
   * The mappings of {@code family} (a config file or a family, case-insensitive, as Asterisk
   * looks them up), in failover order: by priority, then file order.
   */
  public List<RealtimeMapping> mappingsFor(String family) {
    Objects.requireNonNull(family, "family");
    return Stream.concat(staticConfigs.stream(), families.stream())
        .filter(mapping -> mapping.family().equalsIgnoreCase(family))
        .sorted(Comparator.comparingInt(RealtimeMapping::priority))
        .toList();
  }

  /**
   * What a module that reads {@code configFile} needs first: {@code realtime=<driver>} for each
   * distinct driver serving the file, in failover order; empty when the file is read from disk.
   */
  public List<Requirement> requirementsFor(String configFile) {
    return mappingsFor(configFile).stream()
        .filter(RealtimeMapping::isStaticConfig)
        .map(RealtimeMapping::requirement)
        .distinct()
        .toList();
  }
}
