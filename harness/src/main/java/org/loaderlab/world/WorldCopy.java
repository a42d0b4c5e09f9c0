package org.loaderlab.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Copies a world folder's {@code modules/} and {@code etc/} into the in-memory world, file by
 * file in name order (listing order is unspecified), sub-folders left out: a world is flat.
 */
final class WorldCopy {

  private WorldCopy() {}

  /**
   * Copies the regular files of {@code source} into {@code target}, which exists. A file too large
   * to be read by any parser is not copied but reported, so a stray large file cannot fill memory.
   */
  static void copyFolder(Path source, Path target, ConfLimits limits, List<Diagnostic> problems) {
    if (!Files.isDirectory(source)) {
      return; // a world may lack etc/ (every file counts as empty) or even modules/ (no modules)
    }
    try {
      for (Path file : files(source)) {
        long size = Files.size(file);
        if (size > limits.fileBytesMax()) {
          problems.add(Diagnostic.error(SourceLocation.wholeFile(file.toString()), "file-too-large",
              "file is " + size + " bytes, the limit is " + limits.fileBytesMax() + " bytes"));
          continue;
        }
        Files.write(target.resolve(file.getFileName().toString()), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      problems.add(Diagnostic.error(SourceLocation.wholeFile(source.toString()), "folder-unreadable",
          "cannot copy folder: " + e.getMessage()));
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> regular = files.filter(Files::isRegularFile).limit(CatalogScanner.FILES_MAX + 1L).toList();
      if (regular.size() > CatalogScanner.FILES_MAX) {
        throw new IOException("more than " + CatalogScanner.FILES_MAX + " files");
      }
      return regular.stream()
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
