package org.loaderlab.engine.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.Checksum;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Writes module catalogs for engine tests into any folder (Jimfs or disk): for each module a
 * small {@code name.so} and a {@code name.manifest} (through {@link ManifestWriter}) whose
 * checksum is the binary's true md5, so the engine's checksum check passes unless a test breaks
 * it on purpose ({@link #writeBinary}). Also generates seeded catalogs of any size, whose
 * dependencies point only at earlier modules, so they have no cycle.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CatalogWriter {

  /** Half of {@code CatalogScanner.FILES_MAX}: each module is two files. */
  public static final int MODULES_MAX = 100_000;

  private CatalogWriter() {}

  /**
   * Writes {@code name.so} and {@code name.manifest}, the manifest's checksum replaced by the
   * binary's md5.
   *
   * @return the manifest as written
   */
  public static Manifest write(Path folder, Manifest manifest) {
    String binary = binaryText(manifest.name());
    Manifest checked = withChecksum(manifest, Optional.of(md5(binary)));
    writeFile(folder, manifest.name().binaryFileName(), binary);
    writeFile(folder, manifest.name().manifestFileName(), ManifestWriter.write(checked));
    return checked;
  }

  /** Writes {@code name.manifest} only, without a checksum: a module embedded in the core. */
  public static Manifest writeEmbedded(Path folder, Manifest manifest) {
    Manifest embedded = withChecksum(manifest, Optional.empty());
    writeFile(folder, manifest.name().manifestFileName(), ManifestWriter.write(embedded));
    return embedded;
  }

  /**
   * Writes {@code name.so} and a {@code name.manifest} from lines, for a test that reads best with
   * its manifests as text: the file opens with {@code [module]}, {@code name=}, the binary's
   * {@code checksum=} and {@code support_level=core}, then {@code lines}; so lines before any
   * section header are more {@code [module]} keys. The lines are not checked: a test may write a
   * broken manifest on purpose.
   */
  public static void writeText(Path folder, ModuleName module, String... lines) {
    String binary = binaryText(module);
    writeFile(folder, module.binaryFileName(), binary);
    writeFile(folder, module.manifestFileName(), manifestText(module, Optional.of(md5(binary)), lines));
  }

  /** Like {@link #writeText}, without binary or checksum: a module embedded in the core. */
  public static void writeEmbeddedText(Path folder, ModuleName module, String... lines) {
    writeFile(folder, module.manifestFileName(), manifestText(module, Optional.empty(), lines));
  }

  private static String manifestText(ModuleName module, Optional<String> checksum, String... lines) {
    StringBuilder text = new StringBuilder("[module]\nname=").append(module).append('\n');
    checksum.ifPresent(md5 -> text.append("checksum=").append(md5).append('\n'));
    text.append("support_level=core\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /** {@link #write}s every manifest, in order. */
  public static List<Manifest> writeAll(Path folder, List<Manifest> manifests) {
    List<Manifest> written = new ArrayList<>(manifests.size());
    for (Manifest manifest : manifests) {
      written.add(write(folder, manifest));
    }
    return written;
  }

  /** Replaces {@code name.so} with {@code text}, e.g. to make its checksum mismatch. */
  public static void writeBinary(Path folder, ModuleName module, String text) {
    writeFile(folder, module.binaryFileName(), text);
  }

  /** The text of a module's fake binary: its name, so every module's checksum differs. */
  public static String binaryText(ModuleName module) {
    return "loaderlab test binary of " + module + "\n";
  }

  public static String md5(String text) {
    return Checksum.of(Checksum.Algorithm.MD5, text.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A core module that uses {@code uses} (module names) and provides nothing. */
  public static Manifest manifest(String name, String... uses) {
    List<Requirement> requirements = new ArrayList<>();
    for (String use : uses) {
      requirements.add(Requirement.module(ModuleName.of(use)));
    }
    Manifest minimal = Manifest.minimal(ModuleName.of(name));
    return new Manifest(minimal.name(), Optional.empty(), SupportLevel.CORE, Optional.empty(), false,
        minimal.loadPriority(), List.of(), Optional.empty(), requirements, List.of(), List.of());
  }

  /** {@code m000000}, {@code m000001}, ...: the names {@link #generate} gives. */
  public static ModuleName generatedName(int index) {
    return ModuleName.of(String.format(Locale.ROOT, "m%06d", index));
  }

  /**
   * {@code count} modules; module {@code i} uses between 0 and {@code 2 * dependenciesMean}
   * distinct earlier modules (mean about {@code dependenciesMean}), so there is no cycle; about
   * three in ten provide an application ({@code App<i>}), two in ten a function ({@code FUNC<i>}).
   * The same arguments always give the same catalog. Checksums are left empty: {@link #write}
   * sets them.
   */
  public static List<Manifest> generate(int count, int dependenciesMean, long seed) {
    if (count < 0 || count > MODULES_MAX) {
      throw new IllegalArgumentException("count must be from 0 to " + MODULES_MAX + ", was " + count);
    }
    if (dependenciesMean < 0) {
      throw new IllegalArgumentException("dependenciesMean must be >= 0, was " + dependenciesMean);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Manifest> manifests = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      manifests.add(generated(index, dependenciesMean, random));
    }
    return manifests;
  }

  private static Manifest generated(int index, int dependenciesMean, SplittableRandom random) {
    List<Requirement> uses = new ArrayList<>();
    int dependencies = index == 0 ? 0 : random.nextInt(2 * dependenciesMean + 1);
    for (int d = 0; d < dependencies; d++) {
      Requirement use = Requirement.module(generatedName(random.nextInt(index)));
      if (!uses.contains(use)) {
        uses.add(use);
      }
    }
    List<Provision> provides = new ArrayList<>();
    int roll = random.nextInt(10);
    if (roll < 3) {
      provides.add(Provision.of(Kinds.APPLICATION, "App" + index));
    } else if (roll < 5) {
      provides.add(Provision.of(Kinds.FUNCTION, "FUNC" + index));
    }
    Manifest minimal = Manifest.minimal(generatedName(index));
    return new Manifest(minimal.name(), Optional.empty(), SupportLevel.CORE, Optional.empty(), false,
        minimal.loadPriority(), List.of(), Optional.of("Generated module " + index), uses, List.of(), provides);
  }

  private static Manifest withChecksum(Manifest manifest, Optional<String> checksum) {
    return new Manifest(manifest.name(), checksum, manifest.supportLevel(), manifest.defaultEnabled(),
        manifest.exportGlobals(), manifest.loadPriority(), manifest.configs(), manifest.description(),
        manifest.uses(), manifest.canUse(), manifest.provides());
  }

  private static void writeFile(Path folder, String fileName, String text) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + fileName + " into " + folder, e);
    }
  }
}
