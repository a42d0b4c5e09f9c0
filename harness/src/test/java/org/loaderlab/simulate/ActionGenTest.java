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
      if (action instanceof Action.Load load) {
        assertThat(load.module()).isIn(CHAN, RES);
      } else if (action instanceof Action.StartCall call) {
        assertThat(call).isEqualTo(new Action.StartCall(CHAN, "X"));
      } else if (action instanceof Action.OptionalCall call) {
        assertThat(call).isEqualTo(new Action.OptionalCall(RES, "y_api"));
      } else if (action instanceof Action.ExitThread exit) {
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
  void draw_emptyWorld_onlyDialplanReloads() {
    WorldView empty = new WorldView(List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(new ActionGen(empty).draw(ChoiceTape.random(1, 100), 3)).first().isEqualTo(new Action.ReloadDialplan());
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
  }
}
