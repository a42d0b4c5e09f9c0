package org.loaderlab.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a template copies a world as it was when taken, file for file, onto a file system of the
 * copy's own, any number of times, without taking anything from the world it was taken of.
 * Method: the seed fixture world, copied, written to, copied again.
 */
class WorldTemplateTest {

  private static final ModuleName CHAN_SIP = ModuleName.of("chan_sip");

  @Test
  void copy_sameFilesInBothFolders_onItsOwnFileSystem() throws IOException {
    try (World world = World.fromFolder(Fixtures.world("seed")).orElseThrow();
        World copy = WorldTemplate.of(world).copy()) {
      assertThat(copy.name()).isEqualTo("seed");
      assertThat(copy.fileSystem()).isNotSameAs(world.fileSystem());
      for (String part : List.of("modules", "etc")) {
        assertThat(names(copy.root().resolve(part))).isEqualTo(names(world.root().resolve(part)));
        for (String name : names(world.root().resolve(part))) {
          assertThat(Files.readAllBytes(copy.root().resolve(part).resolve(name)))
              .isEqualTo(Files.readAllBytes(world.root().resolve(part).resolve(name)));
        }
      }
    }
  }

  @Test
  void copy_writesAfterTheTemplate_notInItsCopies() throws IOException {
    try (World world = World.fromFolder(Fixtures.world("seed")).orElseThrow()) {
      WorldTemplate template = WorldTemplate.of(world);
      String before = Files.readString(world.binaryOf(CHAN_SIP));
      world.writeModuleFile("chan_sip.so", "changed");

      try (World first = template.copy(); World second = template.copy()) {
        first.writeModuleFile("chan_sip.so", "changed in the first copy");

        assertThat(Files.readString(second.binaryOf(CHAN_SIP))).isEqualTo(before);
      }
    }
  }

  @Test
  void copy_takesNoSpaceFromTheWorldTakenOf() throws IOException {
    // Jimfs's own copy between file systems allocates the copy's blocks on the source's disk, for good.
    try (World world = World.fromFolder(Fixtures.world("seed")).orElseThrow()) {
      WorldTemplate template = WorldTemplate.of(world);
      long free = Files.getFileStore(world.modulesFolder()).getUnallocatedSpace();

      for (int index = 0; index < 3; index++) {
        template.copy().close();
        world.copy().close();
      }

      assertThat(Files.getFileStore(world.modulesFolder()).getUnallocatedSpace()).isEqualTo(free);
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
