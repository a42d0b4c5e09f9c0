package org.loaderlab.engine.lifecycle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfLimits;

/**
 * Everything a catalog scan that verifies no checksum reads from a modules folder: the names of
 * its regular files, and each manifest's bytes. Two equal readings give the same catalog, unless
 * a manifest includes another file; one that might (any {@code nclude}, in any case, in it) gives
 * no reading, so its folder is always scanned in full.
 */
final class FolderFiles {

  /**
   * Above this many files a folder is never cached: reading it twice more would cost a large
   * startup, and giving up after this many costs it little. Simulated worlds hold a few hundred.
   */
  static final int FILES_MAX = 1_024;
  /** Above this many manifest bytes in all a folder is never cached: memory held for a rare rescan. */
  static final long BYTES_MAX = 2L * 1024 * 1024;

  private static final String MANIFEST_SUFFIX = ".manifest";
  private static final byte[] NO_BYTES = new byte[0];
  // No non-ASCII letter folds to n, c, l, u, d or e, so an ASCII match catches #include, #tryinclude
  // and every spelling String.equalsIgnoreCase accepts for them (which folds the i, as in "ınclude").
  private static final byte[] INCLUDE_TAIL = {'n', 'c', 'l', 'u', 'd', 'e'};

  /** One regular file: its name, and its bytes when it is a manifest (empty otherwise). */
  private record File(String name, byte[] bytes) {}

  private final List<File> files;

  private FolderFiles(List<File> files) {
    this.files = files;
  }

  /**
   * The folder as a scan would read it, or empty when it cannot be read, is too large or includes.
   * Bytes equal to {@code known}'s for the same file are taken from it, already checked.
   */
  static Optional<FolderFiles> read(Path folder, Optional<FolderFiles> known) {
    List<Path> paths = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path path : stream) {
        if (paths.size() >= FILES_MAX) {
          return Optional.empty();
        }
        if (Files.isRegularFile(path)) {
          paths.add(path);
        }
      }
      List<File> files = new ArrayList<>(paths.size());
      long bytesTotal = 0;
      for (Path path : paths) {
        String name = path.getFileName().toString();
        if (!name.endsWith(MANIFEST_SUFFIX)) {
          files.add(new File(name, NO_BYTES));
          continue;
        }
        byte[] bytes = readManifest(path);
        bytesTotal += bytes.length;
        if (bytesTotal > BYTES_MAX) {
          return Optional.empty();
        }
        Optional<byte[]> same = known.flatMap(earlier -> earlier.bytesOf(name)).filter(old -> Arrays.equals(old, bytes));
        if (same.isEmpty() && mayInclude(bytes)) {
          return Optional.empty();
        }
        files.add(new File(name, same.orElse(bytes)));
      }
      files.sort(Comparator.comparing(File::name));
      return Optional.of(new FolderFiles(files));
    } catch (IOException | RuntimeException e) {
      // Whatever cannot be read here is left to the scan, which reports it; nothing is cached.
      return Optional.empty();
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

  /** The bytes of the file called {@code name}, if it was read as a manifest. */
  private Optional<byte[]> bytesOf(String name) {
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
        return Optional.of(files.get(middle).bytes());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code other} read the same files with the same bytes. */
  boolean sameAs(FolderFiles other) {
    if (files.size() != other.files.size()) {
      return false;
    }
    for (int index = 0; index < files.size(); index++) {
      File mine = files.get(index);
      File theirs = other.files.get(index);
      if (!mine.name().equals(theirs.name()) || !Arrays.equals(mine.bytes(), theirs.bytes())) {
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
