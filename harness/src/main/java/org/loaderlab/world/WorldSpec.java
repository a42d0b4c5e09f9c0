package org.loaderlab.world;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryWriter;
import org.loaderlab.engine.catalog.Checksum;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * A generated world, as the texts of its files: {@code modules/} (manifests and binaries) and
 * {@code etc/}. Texts, not models, so a generator can also write broken files on purpose; the
 * {@link Builder} writes models for it, with each manifest's checksum computed from its binary.
 *
 * @param name the world's folder name, {@code [A-Za-z0-9_-]+}
 * @param moduleFiles file name to text, sorted by name
 * @param etcFiles file name to text, sorted by name
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WorldSpec(String name, Map<String, String> moduleFiles, Map<String, String> etcFiles) {

  public WorldSpec {
    Optional<String> problem = WorldNames.worldNameProblem(Objects.requireNonNull(name, "name"));
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    moduleFiles = sortedCopy(moduleFiles);
    etcFiles = sortedCopy(etcFiles);
  }

  private static Map<String, String> sortedCopy(Map<String, String> files) {
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      WorldNames.requireFileName(file.getKey());
      sorted.put(file.getKey(), Objects.requireNonNull(file.getValue(), file.getKey()));
    }
    return Collections.unmodifiableMap(sorted);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The md5 hex of a binary's text as a file holds it (UTF-8): what its manifest's {@code checksum=} says. */
  public static String checksumOf(String binaryText) {
    return Checksum.of(Checksum.Algorithm.MD5, binaryText.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** {@code manifest} with {@code checksum=} set to that of {@code binaryText}. */
  public static Manifest withChecksumOf(Manifest manifest, String binaryText) {
    return withChecksum(manifest, Optional.of(checksumOf(binaryText)));
  }

  static Manifest withChecksum(Manifest manifest, Optional<String> checksum) {
    return new Manifest(manifest.name(), checksum, manifest.supportLevel(), manifest.defaultEnabled(),
        manifest.exportGlobals(), manifest.loadPriority(), manifest.configs(), manifest.description(),
        manifest.uses(), manifest.canUse(), manifest.provides());
  }

  /** Collects a world's files; a later file of the same name replaces an earlier one. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final String name;
    private final Map<String, String> moduleFiles = new TreeMap<>();
    private final Map<String, String> etcFiles = new TreeMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * A module with a binary: the binary's canonical text, and the manifest with the checksum of
     * that text (whatever checksum it had).
     */
    public Builder module(Manifest manifest, FakeBinary binary) {
      if (!manifest.name().equals(binary.name())) {
        throw new IllegalArgumentException("manifest " + manifest.name() + " paired with binary " + binary.name());
      }
      String binaryText = FakeBinaryWriter.write(binary);
      moduleFiles.put(binary.fileName(), binaryText);
      moduleFiles.put(manifest.name().manifestFileName(), ManifestWriter.write(withChecksumOf(manifest, binaryText)));
      return this;
    }

    /** A module embedded in the core: its manifest, without a checksum, and no binary. */
    public Builder embedded(Manifest manifest) {
      moduleFiles.put(manifest.name().manifestFileName(), ManifestWriter.write(withChecksum(manifest, Optional.empty())));
      return this;
    }

    /** {@code name.manifest} as written, right or wrong. */
    public Builder manifestText(ModuleName module, String text) {
      moduleFiles.put(module.manifestFileName(), text);
      return this;
    }

    /** {@code name.so} as written, right or wrong. */
    public Builder binaryText(ModuleName module, String text) {
      moduleFiles.put(module.binaryFileName(), text);
      return this;
    }

    /** A file of {@code etc/}: {@code modules.conf}, {@code extconfig.conf}, {@code extensions.conf}, ... */
    public Builder etc(String fileName, String text) {
      etcFiles.put(fileName, text);
      return this;
    }

    public WorldSpec build() {
      return new WorldSpec(name, moduleFiles, etcFiles);
    }
  }
}
