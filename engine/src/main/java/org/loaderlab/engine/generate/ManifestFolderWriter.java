package org.loaderlab.engine.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ManifestWriter;

/**
 * Writes generated manifests into a modules folder. Each file is written beside its target and
 * moved into place, so a reader (a running loader, {@code manifest check}) never sees half a
 * manifest; files of other modules in the folder are left as they are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ManifestFolderWriter {

  private ManifestFolderWriter() {}

  /**
   * Writes every module of {@code generation} as {@code out/name.manifest}.
   *
   * @return the files written, in name order
   * @throws IllegalArgumentException if the generation has errors: a manifest with a missing
   *     dependency is worse than none, so nothing is written
   */
  public static List<Path> write(Generation generation, Path out) throws IOException {
    if (generation.hasErrors()) {
      throw new IllegalArgumentException("refusing to write manifests of a generation with errors");
    }
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    for (GeneratedModule module : generation.modules()) {
      Path target = out.resolve(module.manifest().name().manifestFileName());
      Path partial = out.resolve("." + target.getFileName() + ".partial");
      Files.writeString(partial, ManifestWriter.write(module.manifest()), StandardCharsets.UTF_8);
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(target);
    }
    return written;
  }
}
