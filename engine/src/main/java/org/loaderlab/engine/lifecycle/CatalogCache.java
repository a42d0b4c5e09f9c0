package org.loaderlab.engine.lifecycle;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;

/**
 * The modules folder's catalog, parsed again only when the folder changed. Every load re-reads
 * the folder to find hot installs, and a dry run before it does too; parsing every manifest each
 * time was most of what a simulated run cost. Whether it changed is told by metadata, as make and
 * rsync's quick check tell it ({@link FolderFiles}): the folder is listed every time, so a new
 * module is found, and each manifest's size, last-modified time and file key are compared. The
 * limit is theirs too: a manifest edited within its file system's timestamp granularity, to the
 * exact same size, on the same file, is not seen until something else in the folder changes.
 *
 * <p>A scan is reused only when the folder read the same just before and just after it, so a
 * manifest rewritten while it was scanned is parsed again next time. A folder of more than
 * {@link FolderFiles#FILES_MAX} entries is scanned in full every time, as before, and once its
 * catalog was that large it is not even compared: a large folder is rarely rescanned, and
 * reading it twice more would cost its startup. (A folder changed and changed back while one
 * scan read it would be kept as the scan saw it: nothing else reads it whole at one instant either.)
 */
final class CatalogCache {

  private record Scan(FolderFiles files, ModuleCatalog catalog) {}

  private final CatalogScanner scanner = new CatalogScanner();
  /** The last reusable scan, or null; written by whichever thread scanned last. */
  private volatile Scan last;
  /** Whether the last full scan was small enough to compare the folder with, next time; at first, a guess. */
  private volatile boolean comparable = true;

  /** The catalog of {@code folder} as it is now; an unreadable folder gives an empty catalog. */
  ModuleCatalog scan(Path folder) {
    Scan known = last;
    Optional<FolderFiles> before = comparable
        ? FolderFiles.read(folder, Optional.ofNullable(known).map(Scan::files)) : Optional.empty();
    if (before.isPresent() && known != null && before.get().sameAs(known.files())) {
      return known.catalog();
    }
    ModuleCatalog catalog = scanner.scan(folder, CatalogScanner.Verify.NOTHING).value()
        .orElseGet(() -> new ModuleCatalog(folder.toString(), List.of()));
    Optional<FolderFiles> after = before.isPresent() ? FolderFiles.read(folder, before) : Optional.empty();
    boolean unchanged = after.isPresent() && after.get().sameAs(before.get());
    last = unchanged ? new Scan(after.get(), catalog) : null;
    comparable = catalog.entries().size() <= FolderFiles.FILES_MAX;
    return catalog;
  }
}
