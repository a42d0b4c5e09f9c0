package org.loaderlab.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a world's files are stamped by its own clock, never the wall clock: every write gives its
 * file a later last-modified time (how the engine tells a manifest changed), and two worlds made
 * the same way stamp the same times. Method: the clock alone, then small generated worlds.
 */
class StepFileTimesTest {

  @Test
  void now_eachStamp_isOneMillisecondLater() {
    StepFileTimes times = new StepFileTimes();

    FileTime first = times.now();
    FileTime second = times.now();

    assertThat(first).isEqualTo(FileTime.from(Instant.parse("2000-01-01T00:00:00.001Z")));
    assertThat(second.toMillis() - first.toMillis()).isEqualTo(1);
  }

  @Test
  void worldWrite_sameTextAgain_newModifiedTime() throws IOException {
    try (World world = world()) {
      Path manifest = world.manifestOf(ModuleName.of("res_a"));
      FileTime before = Files.getLastModifiedTime(manifest);
      String text = Files.readString(manifest);

      world.writeModuleFile("res_a.manifest", text);

      assertThat(Files.getLastModifiedTime(manifest)).isGreaterThan(before);
    }
  }

  @Test
  void worldChanges_entryAddedRenamedOrDeleted_movesTheModulesFolderTime_aRewriteDoesNot() throws IOException {
    // The engine skips listing the modules folder while its own time stays: every new, renamed or
    // deleted entry must move it, and a rewritten file (which the engine checks by its own time) need not.
    try (World world = world()) {
      Path modules = world.modulesFolder();
      FileTime start = Files.getLastModifiedTime(modules);
      world.writeModuleFile("res_b.manifest", "[module]\nname=res_b\nsupport_level=core\n");
      FileTime added = Files.getLastModifiedTime(modules);
      Files.move(modules.resolve("res_b.manifest"), modules.resolve("res_c.manifest"));
      FileTime renamed = Files.getLastModifiedTime(modules);
      world.deleteModuleFile("res_c.manifest");
      FileTime deleted = Files.getLastModifiedTime(modules);
      world.writeModuleFile("res_a.manifest", "[module]\nname=res_a\nsupport_level=extended\n");

      assertThat(added).isGreaterThan(start);
      assertThat(renamed).isGreaterThan(added);
      assertThat(deleted).isGreaterThan(renamed);
      assertThat(Files.getLastModifiedTime(modules)).isEqualTo(deleted);
    }
  }

  @Test
  void twoWorldsMadeAlike_stampAlike() throws IOException {
    try (World first = world(); World second = world()) {
      ModuleName module = ModuleName.of("res_a");

      assertThat(Files.getLastModifiedTime(second.manifestOf(module)))
          .isEqualTo(Files.getLastModifiedTime(first.manifestOf(module)))
          .isLessThan(FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
    }
  }

  private static World world() {
    WorldSpec spec = WorldSpec.builder("w")
        .manifestText(ModuleName.of("res_a"), "[module]\nname=res_a\nsupport_level=core\n")
        .build();
    return World.generate(spec).orElseThrow();
  }
}
