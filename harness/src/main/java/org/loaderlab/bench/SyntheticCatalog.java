package org.loaderlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * A seeded catalog of {@code count} modules shaped like Asterisk's: each module {@code mNNNNNN}
 * uses about {@code dependenciesMean} earlier modules (so there is no cycle), provides an
 * application or a function now and then, and a few are ranked timing providers.
 */
public final class SyntheticCatalog {

  private static final LoadPriority[] PRIORITIES = LoadPriority.values();

  private SyntheticCatalog() {}

  /** The manifests, in name order; the same seed always gives the same catalog. */
  public static List<Manifest> manifests(int count, int dependenciesMean, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Manifest> manifests = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      manifests.add(manifest(index, dependenciesMean, random));
    }
    return manifests;
  }

  /** Writes {@code manifests} into {@code folder} as {@code name.manifest} files. */
  public static void write(List<Manifest> manifests, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Manifest manifest : manifests) {
      Files.writeString(folder.resolve(manifest.name().manifestFileName()), ManifestWriter.write(manifest),
          StandardCharsets.UTF_8);
    }
  }

  static ModuleName name(int index) {
    return ModuleName.of(String.format(java.util.Locale.ROOT, "m%06d", index));
  }

  private static Manifest manifest(int index, int dependenciesMean, SplittableRandom random) {
    List<Requirement> uses = new ArrayList<>();
    if (index > 0) {
      int dependencies = random.nextInt(2 * dependenciesMean + 1);
      for (int d = 0; d < dependencies; d++) {
        Requirement use = Requirement.module(name(random.nextInt(index)));
        if (!uses.contains(use)) {
          uses.add(use);
        }
      }
    }
    List<Provision> provides = new ArrayList<>();
    int roll = random.nextInt(10);
    if (roll < 3) {
      provides.add(Provision.of(Kinds.APPLICATION, "App" + index));
    } else if (roll < 5) {
      provides.add(Provision.of(Kinds.FUNCTION, "FUNC" + index));
    } else if (roll == 5 && index % 100 == 0) {
      provides.add(new Provision("timing", "t" + index, OptionalInt.of(index / 100)));
    }
    return new Manifest(name(index), Optional.of(md5Like(random)), SupportLevel.CORE, Optional.empty(), false,
        PRIORITIES[random.nextInt(PRIORITIES.length)], List.of(), Optional.of("Synthetic module " + index),
        uses, List.of(), provides);
  }

  private static String md5Like(SplittableRandom random) {
    return String.format(java.util.Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
  }
}
