package org.loaderlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.loaderlab.engine.catalog.Checksum;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * The lifecycle benchmark's modules folder: {@link SyntheticCatalog}'s seeded manifests, each
 * written next to a small {@code name.so} whose md5 the manifest carries, so the engine's
 * checksum check at open passes for every module.
 */
final class LifecycleCatalog {

  /** A registration a module makes in {@code load_module}. */
  record Registered(RegistrationKind kind, String name) {}

  private LifecycleCatalog() {}

  /** Writes {@code manifests} with true checksums into {@code folder}; returns them as written. */
  static List<Manifest> write(List<Manifest> manifests, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Manifest> written = new ArrayList<>(manifests.size());
    for (Manifest manifest : manifests) {
      byte[] binary = ("loaderlab bench binary of " + manifest.name() + "\n").getBytes(StandardCharsets.UTF_8);
      Manifest checked = new Manifest(manifest.name(), Optional.of(Checksum.of(Checksum.Algorithm.MD5, binary).toString()),
          manifest.supportLevel(), manifest.defaultEnabled(), manifest.exportGlobals(), manifest.loadPriority(),
          manifest.configs(), manifest.description(), manifest.uses(), manifest.canUse(), ranked(manifest.provides()));
      Files.write(folder.resolve(manifest.name().binaryFileName()), binary);
      Files.writeString(folder.resolve(manifest.name().manifestFileName()), ManifestWriter.write(checked),
          StandardCharsets.UTF_8);
      written.add(checked);
    }
    return written;
  }

  /**
   * {@link SyntheticCatalog} ranks its timing providers by their index, which passes
   * {@link Provision#PRIORITY_MAX} beyond 10,000 modules; folded back into range here, since
   * ranks only need to differ.
   */
  private static List<Provision> ranked(List<Provision> provides) {
    List<Provision> ranked = new ArrayList<>(provides.size());
    for (Provision provision : provides) {
      ranked.add(provision.priority().isPresent()
          ? new Provision(provision.kind(), provision.name(),
              OptionalInt.of(provision.priority().getAsInt() % (Provision.PRIORITY_MAX + 1)))
          : provision);
    }
    return ranked;
  }

  /**
   * What each module registers when it starts: the applications, functions, manager actions and
   * AGI commands its manifest provides (services and realtime drivers are not registrations).
   */
  static Map<ModuleName, List<Registered>> registrations(List<Manifest> manifests) {
    // Hashed: the linker looks each module up once per open, and its cost is not the engine's.
    Map<ModuleName, List<Registered>> registrations = new HashMap<>();
    for (Manifest manifest : manifests) {
      List<Registered> registered = new ArrayList<>();
      for (Provision provision : manifest.provides()) {
        for (RegistrationKind kind : RegistrationKind.values()) {
          if (kind.manifestKind().equals(provision.kind())) {
            registered.add(new Registered(kind, provision.name()));
          }
        }
      }
      registrations.put(manifest.name(), List.copyOf(registered));
    }
    return registrations;
  }
}
