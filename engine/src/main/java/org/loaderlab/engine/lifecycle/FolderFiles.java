package org.loaderlab.engine.lifecycle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfLimits;

/**
 * What a catalog scan that verifies no checksum depends on in a modules folder, told by metadata
 * as make and rsync's quick check tell a changed file: the name of every entry, and for each
 * manifest its kind, size, last-modified time and file key (one attribute read). A binary counts
 * by its name only, as the scan records it without reading it.
 *
 * <p>Two equal readings are taken to give the same catalog. The limit is the quick check's: an
 * edit that keeps a manifest's exact size, within its file system's timestamp granularity, on the
 * same file, is not seen until the next change to the folder. A manifest that might include another
 * file (any {@code nclude}, in any case, in it) gives no reading, so its folder is always scanned in
 * full; to know that, a manifest's bytes are read once, when it is new or its metadata changed.
 *
 * <p>The folder is listed again only when its own last-modified time or file key changed since
 * the reading given as known (an entry added, removed or renamed changes them, on POSIX and on
 * Jimfs); otherwise only the known manifests' metadata is read again, for edits. Listing was most of
 * a reading's cost. The limit is make's: an entry added or removed within the folder's timestamp
 * granularity of the known reading's listing is not seen until the folder changes again. A folder
 * without a file key (on Windows) is listed every time.
 */
final class FolderFiles {

  /**
   * Above this many entries a folder is never cached: reading it twice more would cost a large
   * startup, and giving up after this many costs it little. Simulated worlds hold a few hundred.
   */
  static final int FILES_MAX = 1_024;

  private static final String MANIFEST_SUFFIX = ".manifest";
  // No non-ASCII letter folds to n, c, l, u, d or e, so an ASCII match catches #include, #tryinclude
  // and every spelling String.equalsIgnoreCase accepts for them (which folds the i, as in "ınclude").
  private static final byte[] INCLUDE_TAIL = {'n', 'c', 'l', 'u', 'd', 'e'};

  /** A manifest's metadata; a non-regular entry (a folder) has only its kind. */
  private record Stamp(boolean regular, long size, FileTime modified, Object fileKey) {
    static final Stamp OTHER = new Stamp(false, 0, FileTime.fromMillis(0), null);

    static Stamp of(BasicFileAttributes attributes) {
      return attributes.isRegularFile()
          ? new Stamp(true, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey())
          : OTHER;
    }
  }

  /** The folder's own metadata, taken before it is listed; null when it has no file key. */
  private record FolderStamp(FileTime modified, Object fileKey) {
    static FolderStamp of(BasicFileAttributes attributes) {
      return attributes.fileKey() == null ? null : new FolderStamp(attributes.lastModifiedTime(), attributes.fileKey());
    }
  }

  /** One entry: its name, and for a manifest its stamp and path (both null otherwise). */
  private record File(String name, Stamp stamp, Path path) {}

  private final FolderStamp folder;
  private final List<File> files;

  private FolderFiles(FolderStamp folder, List<File> files) {
    this.folder = folder;
    this.files = files;
  }

  /**
   * The folder as a scan would read it, or empty when it cannot be read, is too large or includes.
   * A manifest whose stamp equals {@code known}'s for the same name was checked there already.
   */
  static Optional<FolderFiles> read(Path folder, Optional<FolderFiles> known) {
    FolderStamp folderStamp;
    try {
      BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
      if (!attributes.isDirectory()) {
        return Optional.empty();
      }
      folderStamp = FolderStamp.of(attributes);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (folderStamp != null && known.isPresent() && folderStamp.equals(known.get().folder)
        && known.get().manifestsUnchanged()) {
      return known;
    }
    List<File> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path path : stream) {
        if (files.size() >= FILES_MAX) {
          return Optional.empty();
        }
        String name = path.getFileName().toString();
        if (!name.endsWith(MANIFEST_SUFFIX)) {
          files.add(new File(name, null, null));
          continue;
        }
        // The stamp is taken before the bytes: a write after it changes the next stamp.
        Stamp stamp = Stamp.of(Files.readAttributes(path, BasicFileAttributes.class));
        boolean checked = known.isPresent() && stamp.equals(known.get().stampOf(name));
        if (!checked && stamp.regular() && mayInclude(readManifest(path))) {
          return Optional.empty();
        }
        files.add(new File(name, stamp, path));
      }
    } catch (IOException | RuntimeException e) {
      // Whatever cannot be read here is left to the scan, which reports it; nothing is cached.
      return Optional.empty();
    }
    // Folders usually list in name order already (Jimfs always does): sorting them anyway cost
    // about 5% of a simulated run.
    if (!isSorted(files)) {
      files.sort(Comparator.comparing(File::name));
    }
    return Optional.of(new FolderFiles(folderStamp, List.copyOf(files)));
  }

  /**
   * Whether every manifest of this reading still has its stamp: one attribute read each, no
   * listing. Any difference, or a manifest gone, sends the caller back to listing the folder.
   */
  private boolean manifestsUnchanged() {
    try {
      for (File file : files) {
        if (file.stamp() != null
            && !file.stamp().equals(Stamp.of(Files.readAttributes(file.path(), BasicFileAttributes.class)))) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A manifest's bytes in one read of its exact size: readAllBytes' stream costs twice as much on Jimfs. */
  private static byte[] readManifest(Path path) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(path)) {
      long size = channel.size();
      if (size > ConfLimits.DEFAULTS.fileBytesMax()) {
        throw new IOException("manifest too large to compare: " + path);
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer) < 0) {
          throw new IOException("manifest shrank while it was read: " + path);
        }
      }
      if (channel.read(ByteBuffer.allocate(1)) >= 0) {
        throw new IOException("manifest grew while it was read: " + path);
      }
      return buffer.array();
    }
  }

  private static boolean isSorted(List<File> files) {
    for (int index = 1; index < files.size(); index++) {
      if (files.get(index - 1).name().compareTo(files.get(index).name()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The stamp of the manifest called {@code name}, or null if this reading has none. */
  private Stamp stampOf(String name) {
    int low = 0;
    int high = files.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = files.get(middle).name().compareTo(name);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return files.get(middle).stamp();
      }
    }
    return null;
  }

  /** Whether {@code other} read the same entries, with the same manifest stamps. */
  boolean sameAs(FolderFiles other) {
    if (files.size() != other.files.size()) {
      return false;
    }
    for (int index = 0; index < files.size(); index++) {
      File mine = files.get(index);
      File theirs = other.files.get(index);
      if (!mine.name().equals(theirs.name()) || !Objects.equals(mine.stamp(), theirs.stamp())) {
        return false;
      }
    }
    return true;
  }

  static boolean mayInclude(byte[] bytes) {
    int last = bytes.length - INCLUDE_TAIL.length;
    for (int start = 0; start <= last; start++) {
      int matched = 0;
      while (matched < INCLUDE_TAIL.length && (bytes[start + matched] | 0x20) == INCLUDE_TAIL[matched]) {
        matched++;
      }
      if (matched == INCLUDE_TAIL.length) {
        return true;
      }
    }
    return false;
  }
}
