package org.loaderlab.linker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * Fake binaries already parsed, for linkers that map the same files again and again (every run on
 * a prepared world opens its binaries anew). Keyed by the file's path and its exact bytes, read
 * at every open: a binary replaced on disk is parsed again, and an open sees the file as it is at
 * that step, as {@link FakeBinaryParser#parse(Path)} alone would. Safe to share between runs and
 * threads; the parsed values are immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BinaryImages {

  /** Past this many images nothing more is kept: a world holds a few hundred binaries and their rebuilds. */
  static final int IMAGES_MAX = 4_096;

  /** A file as it was read: its path's text and its bytes, compared by content. */
  private record Key(String file, byte[] bytes) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && file.equals(key.file) && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
      return 31 * file.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return file + " (" + bytes.length + " bytes)";
    }
  }

  private final ConfLimits limits;
  private final FakeBinaryParser parser;
  private final ConcurrentMap<Key, Parsed<FakeBinary>> images = new ConcurrentHashMap<>();

  public BinaryImages(ConfLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser = new FakeBinaryParser(limits);
  }

  public BinaryImages() {
    this(ConfLimits.DEFAULTS);
  }

  /** The binary at {@code file}, exactly as {@link FakeBinaryParser#parse(Path)} reads it now. */
  Parsed<FakeBinary> parse(Path file) {
    Optional<byte[]> before = bytes(file);
    if (before.isEmpty()) {
      return parser.parse(file);
    }
    Key key = new Key(file.toString(), before.get());
    Parsed<FakeBinary> known = images.get(key);
    if (known != null) {
      return known;
    }
    Parsed<FakeBinary> parsed = parser.parse(file);
    // Kept only if the file did not change while it was parsed: the parse must be of these bytes.
    boolean unchanged = bytes(file).filter(after -> Arrays.equals(after, before.get())).isPresent();
    if (unchanged && images.size() < IMAGES_MAX) {
      images.putIfAbsent(key, parsed);
    }
    return parsed;
  }

  ConfLimits limits() {
    return limits;
  }

  /** How many images are kept. */
  int size() {
    return images.size();
  }

  /** The file's bytes, or empty when it cannot be read or is too large to parse: the parser then says why. */
  private Optional<byte[]> bytes(Path file) {
    try {
      if (Files.size(file) > limits.fileBytesMax()) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
