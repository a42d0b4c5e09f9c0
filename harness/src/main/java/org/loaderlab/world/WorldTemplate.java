package org.loaderlab.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfLimits;

/**
 * A world's files as they were when it was taken, in memory, to make copies of that world quickly:
 * a prepared world copied by every run that writes to it takes one, so each copy writes bytes
 * already read instead of reading the world again (half a copy's cost). A copy's files live on its
 * own file system and disk; Jimfs's own copy between file systems would take its blocks from the
 * source's disk, which never gets them back. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WorldTemplate {

  /** One regular file of {@code modules/} or {@code etc/}, and its bytes (never changed once read). */
  private record Entry(boolean modules, String name, byte[] bytes) {}

  private final String name;
  private final ConfLimits limits;
  private final List<Entry> entries;

  private WorldTemplate(String name, ConfLimits limits, List<Entry> entries) {
    this.name = name;
    this.limits = limits;
    this.entries = entries;
  }

  /** {@code world}'s files as they are now. */
  public static WorldTemplate of(World world) {
    Objects.requireNonNull(world, "world");
    List<Entry> entries = new ArrayList<>();
    try {
      read(world.modulesFolder(), true, entries);
      read(world.etc(), false, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read world " + world.name(), e);
    }
    return new WorldTemplate(world.name(), world.limits(), List.copyOf(entries));
  }

  /** The world's folders are flat: every regular file, in name order. */
  private static void read(Path folder, boolean modules, List<Entry> entries) throws IOException {
    List<Path> files;
    try (var listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path file : files) {
      entries.add(new Entry(modules, file.getFileName().toString(), Files.readAllBytes(file)));
    }
  }

  /**
   * A new world holding these files, on a file system of its own, unchecked (they were checked
   * when the world was made, or are a test's own writes). The caller closes it.
   */
  public World copy() {
    World copy = World.empty(name, limits);
    try {
      for (Entry entry : entries) {
        Files.write((entry.modules() ? copy.modulesFolder() : copy.etc()).resolve(entry.name()), entry.bytes());
      }
    } catch (IOException e) {
      copy.close();
      throw new UncheckedIOException("cannot copy world " + name, e);
    }
    return copy;
  }
}
