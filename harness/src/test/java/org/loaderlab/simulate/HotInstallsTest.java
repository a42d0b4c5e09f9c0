package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: the hot-install actions keep the world's rules: a new module takes a fresh name, provides
 * an application of its own, needs only modules already there (each once) and joins the world for
 * later draws; a manifest edit never adds a need that closes a loop (itself included), remembers
 * the needs it added, and gives up after its tries; a binary replacement hits a module with a
 * binary. Method: small hand-made views and replayed tapes.
 */
class HotInstallsTest {

  private static final ModuleName RES_A = ModuleName.of("res_a");
  private static final ModuleName RES_B = ModuleName.of("res_b");
  private static final ModuleName RES_C = ModuleName.of("res_c");
  private static final ModuleName HOT_1 = ModuleName.of("hot_1");
  private static final ModuleName HOT_2 = ModuleName.of("hot_2");

  private static WorldView view(List<ModuleName> modules, List<ModuleName> binaries,
      SortedMap<ModuleName, SortedSet<ModuleName>> needs) {
    return new WorldView(modules, List.of(), List.of(), List.of(), List.of(), binaries, needs);
  }

  private static ChoiceTape tape(int... draws) {
    return ChoiceTape.replay(draws, 1_000);
  }

  @Test
  void install_first_hot1_usesDrawnModules_providesItsApplication_startsThread() {
    HotInstalls installs = new HotInstalls(view(List.of(RES_A, RES_B), List.of(RES_A), new TreeMap<>()));
    Action.Install install = installs.install(tape(2, 0, 1, 1));
    assertThat(install.module()).isEqualTo(HOT_1);
    assertThat(install.manifest().uses()).containsExactly(Requirement.module(RES_A), Requirement.module(RES_B));
    assertThat(install.manifest().provides()).containsExactly(Provision.of("application", "HotApp1"));
    assertThat(install.binary().registers("application", "HotApp1")).isTrue();
    assertThat(installs.threads).containsExactly(new WorldView.Code(HOT_1, "hot_worker"));
    assertThat(installs.modules).containsExactly(RES_A, RES_B, HOT_1);
    assertThat(installs.binaries).containsExactly(RES_A, HOT_1);
  }

  @Test
  void install_sameTargetDrawnTwice_oneNeed_noThread() {
    HotInstalls installs = new HotInstalls(view(List.of(RES_A, RES_B), List.of(), new TreeMap<>()));
    Action.Install install = installs.install(tape(2, 1, 1, 0));
    assertThat(install.manifest().uses()).containsExactly(Requirement.module(RES_B));
    assertThat(install.binary().threads()).isEmpty();
    assertThat(installs.threads).isEmpty();
  }

  @Test
  void install_emptyWorld_needsNothing() {
    HotInstalls installs = new HotInstalls(view(List.of(), List.of(), new TreeMap<>()));
    Action.Install install = installs.install(tape(2, 2));
    assertThat(install.manifest().uses()).isEmpty();
  }

  @Test
  void install_nameTaken_nextNumber() {
    HotInstalls installs = new HotInstalls(view(List.of(HOT_1), List.of(HOT_1), new TreeMap<>()));
    Action.Install install = installs.install(tape());
    assertThat(install.module()).isEqualTo(HOT_2);
    assertThat(install.manifest().provides()).containsExactly(Provision.of("application", "HotApp2"));
  }

  @Test
  void install_second_mayNeedTheFirst_andAnEditMayNotCloseALoopThroughIt() {
    HotInstalls installs = new HotInstalls(view(List.of(RES_A), List.of(RES_A), new TreeMap<>()));
    installs.install(tape(1));
    // modules: res_a, hot_1 (hot_1 uses res_a); the second install draws one need, hot_1.
    Action.Install second = installs.install(tape(1, 1));
    assertThat(second.module()).isEqualTo(HOT_2);
    assertThat(second.manifest().uses()).containsExactly(Requirement.module(HOT_1));
    // res_a -> hot_2 would close res_a -> hot_2 -> hot_1 -> res_a; every try draws it.
    int[] sameDraw = new int[2 * HotInstalls.EDIT_TRIES_MAX];
    for (int index = 0; index < sameDraw.length; index += 2) {
      sameDraw[index] = 0;
      sameDraw[index + 1] = 2;
    }
    assertThat(installs.edit(tape(sameDraw))).isEmpty();
  }

  @Test
  void edit_noBinaryOrSingleModule_empty_drawsNothing() {
    ChoiceTape noBinary = tape();
    assertThat(new HotInstalls(view(List.of(RES_A, RES_B), List.of(), new TreeMap<>())).edit(noBinary)).isEmpty();
    ChoiceTape singleModule = tape();
    assertThat(new HotInstalls(view(List.of(RES_A), List.of(RES_A), new TreeMap<>())).edit(singleModule)).isEmpty();
    assertThat(noBinary.drawCount() + singleModule.drawCount()).isZero();
  }

  @Test
  void edit_loopingNeedRefused_nextTryTaken() {
    SortedMap<ModuleName, SortedSet<ModuleName>> needs = new TreeMap<>();
    needs.put(RES_B, new TreeSet<>(List.of(RES_A)));
    HotInstalls installs = new HotInstalls(view(List.of(RES_A, RES_B, RES_C), List.of(RES_A, RES_B, RES_C), needs));
    // try 1: res_a -> res_b, but res_b needs res_a; try 2: res_a -> res_c.
    assertThat(installs.edit(tape(0, 1, 0, 2))).contains(new Action.EditManifest(RES_A, Requirement.module(RES_C)));
  }

  @Test
  void edit_addedNeed_remembered() {
    HotInstalls installs = new HotInstalls(view(List.of(RES_A, RES_B), List.of(RES_A, RES_B), new TreeMap<>()));
    assertThat(installs.edit(tape(0, 1))).contains(new Action.EditManifest(RES_A, Requirement.module(RES_B)));
    // res_b -> res_a now closes a loop, drawn on every try.
    assertThat(installs.edit(tape(1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0))).isEmpty();
  }

  @Test
  void edit_onlyItselfDrawn_givesUpAfterTries() {
    HotInstalls installs = new HotInstalls(view(List.of(RES_A, RES_B), List.of(RES_A, RES_B), new TreeMap<>()));
    ChoiceTape zeros = tape();
    assertThat(installs.edit(zeros)).isEmpty();
    assertThat(zeros.drawCount()).isEqualTo(2 * HotInstalls.EDIT_TRIES_MAX);
  }

  @Test
  void replace_drawsAModuleWithABinary() {
    HotInstalls installs = new HotInstalls(view(List.of(RES_A, RES_B, RES_C), List.of(RES_A, RES_C), new TreeMap<>()));
    assertThat(installs.replace(tape(1))).contains(new Action.ReplaceBinary(RES_C));
  }

  @Test
  void replace_noBinaries_empty_untilAnInstall() {
    HotInstalls installs = new HotInstalls(view(List.of(RES_A), List.of(), new TreeMap<>()));
    assertThat(installs.replace(tape())).isEqualTo(Optional.empty());
    installs.install(tape());
    assertThat(installs.replace(tape())).contains(new Action.ReplaceBinary(HOT_1));
  }
}
