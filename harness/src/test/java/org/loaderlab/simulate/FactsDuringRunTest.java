package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryWriter;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.oracle.WorldFacts;
import org.loaderlab.world.WorldSpec;

/**
 * Goal: the oracles judge a run with hot installs by the facts before it, plus each module really
 * installed (its manifest with its binary's checksum, its destructor keys) and each binary
 * replaced as tampered; a drawn install that was never written is not a fact, an edit changes
 * nothing, and without an install the facts before are kept as they are. Method: hand-made facts
 * and changes.
 */
class FactsDuringRunTest {

  private static final ModuleName RES_A = ModuleName.of("res_a");
  private static final ModuleName RES_B = ModuleName.of("res_b");
  private static final ModuleName HOT_1 = ModuleName.of("hot_1");
  private static final ModuleName HOT_2 = ModuleName.of("hot_2");

  private static final WorldFacts BEFORE = WorldFacts.builder()
      .modulesConf(new ModulesConfParser().parseText("modules.conf", "[modules]\nautoload=yes\n").orElseThrow())
      .manifest(Manifest.minimal(RES_A))
      .manifest(Manifest.minimal(RES_B))
      .tampered(RES_B)
      .destructorKey(RES_A, "res_a_key")
      .build();

  private static Action.Install install(ModuleName module, FakeBinary binary) {
    return new Action.Install(Manifest.minimal(module), binary);
  }

  private static WorldChange change(WorldChange.Kind kind, ModuleName module, long step) {
    return new WorldChange(kind, module, step);
  }

  @Test
  void of_noChanges_factsBefore() {
    assertThat(FactsDuringRun.of(BEFORE, List.of(install(HOT_1, FakeBinary.plain(HOT_1))), List.of())).isSameAs(BEFORE);
  }

  @Test
  void of_editOnly_factsBefore() {
    List<Action> actions = List.of(new Action.EditManifest(RES_A, Requirement.module(RES_B)));
    assertThat(FactsDuringRun.of(BEFORE, actions, List.of(change(WorldChange.Kind.MANIFEST_EDITED, RES_A, 2))))
        .isSameAs(BEFORE);
  }

  @Test
  void of_replaceWithoutInstall_replacedTampered_manifestsShared() {
    WorldFacts during = FactsDuringRun.of(BEFORE, List.of(new Action.ReplaceBinary(RES_A)),
        List.of(change(WorldChange.Kind.BINARY_REPLACED, RES_A, 3)));
    assertThat(during.tampered()).containsExactly(RES_A, RES_B);
    assertThat(during.manifests()).isSameAs(BEFORE.manifests());
    assertThat(BEFORE.tampered()).containsExactly(RES_B);
  }

  @Test
  void of_install_manifestWithBinaryChecksum_destructorKeys_beforeKept() {
    FakeBinary binary = FakeBinary.builder(HOT_1).threadStorage("hot_key", true).threadStorage("plain_key", false).build();
    WorldFacts during = FactsDuringRun.of(BEFORE, List.of(install(HOT_1, binary)),
        List.of(change(WorldChange.Kind.INSTALLED, HOT_1, 1)));
    Manifest expected = WorldSpec.withChecksumOf(Manifest.minimal(HOT_1), FakeBinaryWriter.write(binary));
    assertThat(during.manifest(HOT_1)).contains(expected);
    assertThat(expected.checksum()).isPresent();
    assertThat(during.destructorKeys(HOT_1)).containsExactly("hot_key");
    assertThat(during.manifests().keySet()).containsExactly(HOT_1, RES_A, RES_B);
    assertThat(during.destructorKeys(RES_A)).containsExactly("res_a_key");
    assertThat(during.tampered()).containsExactly(RES_B);
    assertThat(during.modulesConf()).isSameAs(BEFORE.modulesConf());
  }

  @Test
  void of_installDrawnNotWritten_noFact() {
    List<Action> actions = List.of(install(HOT_1, FakeBinary.plain(HOT_1)), install(HOT_2, FakeBinary.plain(HOT_2)));
    WorldFacts during = FactsDuringRun.of(BEFORE, actions, List.of(change(WorldChange.Kind.INSTALLED, HOT_1, 1)));
    assertThat(during.manifests().keySet()).containsExactly(HOT_1, RES_A, RES_B);
  }

  @Test
  void of_installAndReplace_replacedTampered_evenTheInstalled() {
    List<Action> actions = List.of(install(HOT_1, FakeBinary.plain(HOT_1)), new Action.ReplaceBinary(HOT_1),
        new Action.ReplaceBinary(RES_A));
    WorldFacts during = FactsDuringRun.of(BEFORE, actions, List.of(change(WorldChange.Kind.INSTALLED, HOT_1, 1),
        change(WorldChange.Kind.BINARY_REPLACED, HOT_1, 2), change(WorldChange.Kind.BINARY_REPLACED, RES_A, 3)));
    assertThat(during.tampered()).containsExactly(HOT_1, RES_A, RES_B);
    assertThat(during.manifest(HOT_1)).isPresent();
  }
}
