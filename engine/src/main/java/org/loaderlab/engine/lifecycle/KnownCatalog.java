package org.loaderlab.engine.lifecycle;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A modules folder's catalog read once, for many engines built on the same folder
 * ({@link LoaderBuilder#knownCatalog}): each then skips parsing every manifest at its first scan.
 * It weakens nothing: an engine uses it only for the very folder (same path, same file system) it
 * was read of, and only while the folder's metadata reads as it did then, checked as the engine
 * checks its own earlier scan at every hot-install reading; otherwise the engine scans as usual.
 * Immutable, so engines on several threads may share one.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KnownCatalog {

  private final Path folder;
  private final Optional<CatalogCache.Scan> scan;

  private KnownCatalog(Path folder, Optional<CatalogCache.Scan> scan) {
    this.folder = folder;
    this.scan = scan;
  }

  /**
   * Scans {@code folder} now. A folder the engine would not reuse a scan of (too large, a manifest
   * that may include a file, unreadable, changed while read) gives a known catalog that no engine uses.
   */
  public static KnownCatalog read(Path folder) {
    Objects.requireNonNull(folder, "folder");
    CatalogCache cache = new CatalogCache();
    cache.scan(folder);
    return new KnownCatalog(folder, cache.reusable());
  }

  /** The folder it was read of. */
  public Path folder() {
    return folder;
  }

  /** Whether an engine may use it at all: false when the folder could not be compared when read. */
  public boolean usable() {
    return scan.isPresent();
  }

  // Two Jimfs file systems made alike give equal paths and equal metadata: the file system must match too.
  boolean isOf(Path other) {
    return other.getFileSystem() == folder.getFileSystem() && other.equals(folder);
  }

  Optional<CatalogCache.Scan> scan() {
    return scan;
  }
}
