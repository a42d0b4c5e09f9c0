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
 * rsync's quick check tell it ({@link FolderFiles}): each manifest's size, last-modified time and
 * file key are compared, and the folder is listed again, so a new module is found, whenever its
 * own last-modified time or file key moved. The limits are theirs too: a manifest edited within
 * its file system's timestamp granularity, to the exact same size, on the same file, is not seen
 * until something else in the folder changes; nor is an entry added or removed within that
 * granularity of the last listing.
 *
 * <p>A scan is reused only when the folder read the same just before and just after it, so a
 * manifest rewritten while it was scanned is parsed again next time. A folder of more than
 * {@link FolderFiles#FILES_MAX} entries is scanned in full every time, as before, and once its
 * catalog was that large it is not even compared: a large folder is rarely rescanned, and
 * reading it twice more would cost its startup. (A folder changed and changed back while one
 * scan read it would be kept as the scan saw it: nothing else reads it whole at one instant either.)
 *
 * <p>A cache may start from a {@link KnownCatalog} read earlier of the same folder: its first scan
 * is then a reading compared with the known one, as every later scan is.
 */
final class CatalogCache {

  /** A catalog and the reading of the folder it was scanned from; immutable. */
  record Scan(FolderFiles files, ModuleCatalog catalog) {}

  private final CatalogScanner scanner = new CatalogScanner();
  /** The last reusable scan, or null; written by whichever thread scanned last. */
  private volatile Scan last;
  /** Whether the last full scan was small enough to compare the folder with, next time; at first, a guess. */
  private volatile boolean comparable = true;

  CatalogCache() {}

  /** A cache that starts from {@code known}'s scan, if it has one and was read of {@code folder}. */
  CatalogCache(KnownCatalog known, Path folder) {
    if (known.isOf(folder)) {
      last = known.scan().orElse(null);
    }
  }

  /** The scan the next call may reuse, if any. */
  Optional<Scan> reusable() {
    return Optional.ofNullable(last);
  }

  /** The catalog of {@code folder} as it is now; an unreadable folder gives an empty catalog. */
  ModuleCatalog scan(Path folder) {
    Scan known = last;
    Optional<FolderFiles> before = comparable
        ? FolderFiles.read(folder, Optional.ofNullable(known).map(Scan::files)) : Optional.empty();
    if (before.isPresent() && known != null && before.get().sameAs(known.files())) {
      if (before.get() != known.files()) {
        // Listed again (the folder's own time moved) and found the same: its newer time saves the next listing.
        last = new Scan(before.get(), known.catalog());
      }
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
