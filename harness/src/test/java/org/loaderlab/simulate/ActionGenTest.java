package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: actions are drawn only from what the world has, are a pure function of the tape, and a
 * run always ends in a shutdown. Method: a small hand-made view, random and all-zero tapes.
 */
class ActionGenTest {

  private static final ModuleName CHAN = ModuleName.of("chan_x");
  private static final ModuleName RES = ModuleName.of("res_y");
  private static final WorldView VIEW = new WorldView(List.of(CHAN, RES),
      List.of(new WorldView.Code(CHAN, "X")), List.of(new WorldView.Code(CHAN, "XDial")),
      List.of(new WorldView.Code(RES, "y_api")), List.of(new WorldView.Code(RES, "worker")));

  @Test
  void draw_sameSeed_sameActions_endingInShutdown() {
    List<Action> first = new ActionGen(VIEW).draw(ChoiceTape.random(4, 10_000), 200);
    List<Action> second = new ActionGen(VIEW).draw(ChoiceTape.random(4, 10_000), 200);
    assertThat(second).isEqualTo(first);
    assertThat(first).hasSize(201);
    assertThat(first.get(200)).isInstanceOf(Action.Shutdown.class);
    assertThat(first.subList(0, 200)).noneMatch(action -> action instanceof Action.Shutdown);
  }

  @Test
  void draw_manySeeds_onlyWhatTheWorldHas_everyKindAppears() {
    List<Action> actions = new ActionGen(VIEW).draw(ChoiceTape.random(8, 10_000), 500);
    assertThat(actions).allSatisfy(action -> {
      if (action instanceof Action.Load load && !load.module().toString().startsWith("hot_")) {
        assertThat(load.module()).isIn(CHAN, RES); // or a module a hot install put there
      } else if (action instanceof Action.StartCall call) {
        assertThat(call).isEqualTo(new Action.StartCall(CHAN, "X"));
      } else if (action instanceof Action.OptionalCall call) {
        assertThat(call).isEqualTo(new Action.OptionalCall(RES, "y_api"));
      } else if (action instanceof Action.ExitThread exit && !exit.thread().equals("hot_worker")) {
        assertThat(exit).isEqualTo(new Action.ExitThread(RES, "worker"));
      }
    });
    assertThat(actions).extracting(action -> action.getClass().getSimpleName()).contains("Load", "Unload", "StartCall",
        "OptionalCall", "ExitThread", "ReloadDialplan", "Shutdown");
    assertThat(actions).filteredOn(action -> action instanceof Action.Unload unload && unload.force()).isNotEmpty();
  }

  @Test
  void draw_zeroTape_firstKindOnFirstModule_gracefulShutdown() {
    List<Action> actions = new ActionGen(VIEW).draw(ChoiceTape.replay(new int[0], 100), 2);
    assertThat(actions).containsExactly(new Action.Load(CHAN), new Action.Load(CHAN), new Action.Shutdown(true));
  }

  @Test
  void draw_emptyWorld_onlyDialplanReloadsAndInstalls_thenTheInstalledModule() {
    WorldView empty = new WorldView(List.of(), List.of(), List.of(), List.of(), List.of());
    List<Action> actions = new ActionGen(empty).draw(ChoiceTape.replay(new int[] {0, 8}, 100), 2);
    // Of the 9 entries an empty world draws from, 0 is a reload, 8 the install; then no thread.
    assertThat(actions.get(0)).isEqualTo(new Action.ReloadDialplan());
    assertThat(actions.get(1)).isInstanceOfSatisfying(Action.Install.class, install -> {
      assertThat(install.module()).isEqualTo(ModuleName.of("hot_1"));
      assertThat(install.manifest().uses()).isEmpty();
      assertThat(install.binary().registers("application", "HotApp1")).isTrue();
    });
  }

  @Test
  void draw_hotInstalls_comeRarely_andWhatTheyInstallIsActedOn() {
    WorldView view = new WorldView(List.of(CHAN, RES), List.of(new WorldView.Code(CHAN, "X")), List.of(), List.of(),
        List.of(), List.of(CHAN, RES), new java.util.TreeMap<>());
    List<Action> actions = new ActionGen(view).draw(ChoiceTape.random(3, 100_000), 5_000);
    long hot = actions.stream().filter(action -> action instanceof Action.Install || action instanceof Action.EditManifest
        || action instanceof Action.ReplaceBinary).count();
    assertThat(hot).isBetween(50L, 250L); // 3 in 107 of 5,000: about 140
    List<ModuleName> installed = actions.stream().filter(Action.Install.class::isInstance)
        .map(action -> ((Action.Install) action).module()).toList();
    assertThat(installed).isNotEmpty().doesNotHaveDuplicates();
    assertThat(actions).anySatisfy(action -> assertThat(action).isEqualTo(new Action.Load(installed.get(0))));
    assertThat(actions).filteredOn(Action.EditManifest.class::isInstance).isNotEmpty();
    assertThat(actions).filteredOn(Action.ReplaceBinary.class::isInstance).isNotEmpty();
  }

  @Test
  void draw_manifestEdits_neverCloseALoop() {
    // res_y needs chan_x: an edit may make res_y need more, but chan_x must never need res_y.
    java.util.TreeMap<ModuleName, java.util.SortedSet<ModuleName>> needs = new java.util.TreeMap<>();
    needs.put(RES, new java.util.TreeSet<>(List.of(CHAN)));
    WorldView view = new WorldView(List.of(CHAN, RES), List.of(), List.of(), List.of(), List.of(), List.of(CHAN, RES),
        needs);
    for (long seed = 0; seed < 50; seed++) {
      for (Action action : new ActionGen(view).draw(ChoiceTape.random(seed, 100_000), 500)) {
        if (action instanceof Action.EditManifest edit) {
          assertThat(edit.module().equals(CHAN) && edit.addedUse().name().equals("res_y")).as(edit.describe()).isFalse();
          assertThat(edit.addedUse().name()).isNotEqualTo(edit.module().toString());
        }
      }
    }
  }

  @Test
  void draw_negativeCount_refused() {
    assertThatThrownBy(() -> new ActionGen(VIEW).draw(ChoiceTape.random(1, 100), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be in [0, 100000], was -1");
  }

  @Test
  void describe_wordsOfTheTraceLine() {
    assertThat(new Action.Unload(CHAN, true).describe()).isEqualTo("unload -f chan_x");
    assertThat(new Action.StartCall(CHAN, "X").describe()).isEqualTo("call X chan_x");
    assertThat(new Action.ExitThread(RES, "worker").describe()).isEqualTo("exit-thread res_y/worker");
    assertThat(new Action.Shutdown(false).describe()).isEqualTo("shutdown now");
    assertThat(new Action.EditManifest(RES, org.loaderlab.engine.manifest.Requirement.module(CHAN)).describe())
        .isEqualTo("edit-manifest res_y +uses module=chan_x");
    assertThat(new Action.ReplaceBinary(CHAN).describe()).isEqualTo("replace-binary chan_x");
  }
}
