package org.loaderlab.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.binary.BinaryConformance;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: a generated world is a pure function of its tape, reads with no world error on any seed,
 * and has the share of adversarial and lying modules its settings ask for: adversarial modules are
 * conformant (their uses declared), liars are not or take undeclared uses, an honest world has
 * neither. Method: 40 seeds of 30-module worlds, binaries read back and compared with manifests.
 */
class WorldGenTest {

  private static List<FakeBinary> binaries(WorldSpec spec, List<String> differences) {
    List<FakeBinary> found = new ArrayList<>();
    try (World world = World.generate(spec).orElseThrow()) {
      assertThat(world.check()).noneMatch(Diagnostic::isError);
      for (CatalogEntry entry : new CatalogScanner().scan(world.modulesFolder(), CatalogScanner.Verify.CHECKSUMS)
          .orElseThrow().entries()) {
        FakeBinary binary = new FakeBinaryParser().parse(entry.binary().orElseThrow()).orElseThrow();
        found.add(binary);
        differences.addAll(BinaryConformance.differences(entry.manifest(), binary));
      }
    }
    return found;
  }

  @Test
  void generate_sameTape_sameWorld() {
    WorldGenSettings settings = new WorldGenSettings(30, 40, 10);
    assertThat(WorldGen.generate("g", settings, ChoiceTape.random(9, 100_000)))
        .isEqualTo(WorldGen.generate("g", settings, ChoiceTape.random(9, 100_000)));
  }

  @Test
  void generate_honest_readsCleanly_noAdversarialNoLie() {
    for (long seed = 0; seed < 40; seed++) {
      List<String> differences = new ArrayList<>();
      List<FakeBinary> binaries = binaries(WorldGen.generate("g", WorldGenSettings.honest(30),
          ChoiceTape.random(seed, 100_000)), differences);
      assertThat(binaries).hasSize(30).allMatch(binary -> binary.adversarial().isNone());
      assertThat(differences).isEmpty();
    }
  }

  @Test
  void generate_adversarialShare_callsAndCancels_butConformant() {
    List<FakeBinary> all = new ArrayList<>();
    List<String> differences = new ArrayList<>();
    for (long seed = 0; seed < 40; seed++) {
      all.addAll(binaries(WorldGen.generate("g", WorldGenSettings.honest(30).withAdversarialPercent(50),
          ChoiceTape.random(seed, 100_000)), differences));
    }
    assertThat(differences).isEmpty();
    List<FakeBinary> adversarial = all.stream().filter(binary -> !binary.adversarial().isNone()).toList();
    assertThat(adversarial.size()).isBetween(all.size() / 3, all.size() * 2 / 3);
    assertThat(adversarial).allMatch(FakeBinary::unloadModule)
        .anyMatch(binary -> !binary.adversarial().onLoad().isEmpty())
        .anyMatch(binary -> !binary.adversarial().onUnload().isEmpty())
        .anyMatch(binary -> !binary.adversarial().onCancel().isEmpty())
        .anyMatch(binary -> binary.adversarial().cancel().toString().equals("ignore"))
        .anyMatch(binary -> binary.adversarial().cancel().toString().startsWith("delay:"));
  }

  @Test
  void generate_liarShare_registersWhatTheManifestDoesNotProvide() {
    List<String> differences = new ArrayList<>();
    List<FakeBinary> all = new ArrayList<>();
    for (long seed = 0; seed < 10; seed++) {
      all.addAll(binaries(WorldGen.generate("g", WorldGenSettings.honest(30).withLiarPercent(100),
          ChoiceTape.random(seed, 100_000)), differences));
    }
    assertThat(differences).anyMatch(difference -> difference.startsWith("registers application=LieApp"));
    assertThat(all).anyMatch(binary -> !binary.adversarial().userOf().isEmpty());
  }

  @Test
  void generate_zeroTape_plainestWorld() {
    WorldSpec spec = WorldGen.generate("g", new WorldGenSettings(3, 100, 100), ChoiceTape.replay(new int[0], 1_000));
    assertThat(spec.moduleFiles()).containsOnlyKeys("chan_g0.manifest", "chan_g0.so", "res_g1.manifest", "res_g1.so",
        "res_g2.manifest", "res_g2.so");
    assertThat(spec.etcFiles()).containsEntry("modules.conf", "[modules]\nautoload=yes\n");
  }
}
