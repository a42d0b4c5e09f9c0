package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a world folder reads as the engine needs it: missing etc files are empty, an etc error or
 * a missing modules folder makes the world unreadable, a broken manifest does not (the engine
 * refuses that module). Method: the seed world, and small worlds written to a temporary folder.
 */
class PlanWorldTest {

  private static final Path SEED = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures")).resolve("worlds/seed");

  @Test
  void read_seed_hasEveryPart_andKeepsTheModulesConfWarning() {
    Parsed<PlanWorld> read = PlanWorld.read(SEED, ConfLimits.DEFAULTS);
    assertThat(read.hasErrors()).as(read.diagnostics().toString()).isFalse();
    PlanWorld world = read.orElseThrow();
    assertThat(world.catalog().find(ModuleName.of("chan_sip"))).isPresent();
    assertThat(world.modulesConf().isBanned(ModuleName.of("app_system"))).isTrue();
    assertThat(world.dialplan().applications()).contains("Gosub", "Dial");
    assertThat(read.diagnostics()).extracting(Diagnostic::code).contains("banned-load-ignored");
  }

  @Test
  void read_noEtc_configurationIsEmpty(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("modules"));
    Files.writeString(folder.resolve("modules/res_a.manifest"), "[module]\nname=res_a\n", StandardCharsets.UTF_8);
    PlanWorld world = PlanWorld.read(folder, ConfLimits.DEFAULTS).orElseThrow();
    assertThat(world.catalog().size()).isEqualTo(1);
    assertThat(world.modulesConf().load()).isEmpty();
    assertThat(world.dialplan().uses()).isEmpty();
  }

  @Test
  void read_brokenManifest_isReported_butTheWorldStillReads(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("modules"));
    Files.writeString(folder.resolve("modules/res_a.manifest"), "[module]\nname=res_a\nbogus=1\n", StandardCharsets.UTF_8);
    Parsed<PlanWorld> read = PlanWorld.read(folder, ConfLimits.DEFAULTS);
    assertThat(read.value()).isPresent();
    assertThat(read.errors()).isNotEmpty();
  }

  @Test
  void read_etcError_orNoModulesFolder_isUnreadable(@TempDir Path folder) throws IOException {
    assertThat(PlanWorld.read(folder, ConfLimits.DEFAULTS).value()).isEmpty();
    Files.createDirectories(folder.resolve("modules"));
    Files.createDirectories(folder.resolve("etc"));
    Files.writeString(folder.resolve("etc/extconfig.conf"), "[settings\n", StandardCharsets.UTF_8);
    Parsed<PlanWorld> read = PlanWorld.read(folder, ConfLimits.DEFAULTS);
    assertThat(read.value()).isEmpty();
    assertThat(read.errors()).extracting(d -> d.location().toString()).containsExactly(folder.resolve("etc/extconfig.conf") + ":1");
  }
}
