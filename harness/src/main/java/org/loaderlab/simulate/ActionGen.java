package org.loaderlab.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.property.Tape;

/**
 * Draws a run's actions from its tape over a {@link WorldView}: each action names a module, a
 * channel tech, an optional API or a thread the world really has, so actions are meaningful, and
 * the run always ends with a shutdown. Kinds are weighted toward loads and calls, the traffic
 * that races with unloads; the hot-install actions (a new module installed, a manifest edited, a
 * binary replaced) come rarely, and what they change is drawn from afterwards (a new module can
 * be loaded). A shrunk tape (all zeros) draws the first kind on the first module.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActionGen {

  /** A run of more actions is a runaway setting, not a scenario. */
  public static final int ACTIONS_MAX = 100_000;

  /**
   * Weights out of 107: the traffic kinds keep their old proportions, each hot-install kind is
   * about one action in a hundred, so a 50-action run sees one or two of them.
   */
  private enum Kind {
    LOAD(24), CALL(24), UNLOAD(16), OPTIONAL_CALL(16), FORCED_UNLOAD(8), EXIT_THREAD(8), RELOAD_DIALPLAN(8),
    INSTALL(1), EDIT_MANIFEST(1), REPLACE_BINARY(1);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }
  }

  private final WorldView world;

  public ActionGen(WorldView world) {
    this.world = Objects.requireNonNull(world, "world");
  }

  /** {@code count} actions, then a shutdown, graceful or not. */
  public List<Action> draw(Tape tape, int count) {
    Objects.requireNonNull(tape, "tape");
    if (count < 0 || count > ACTIONS_MAX) {
      throw new IllegalArgumentException("count must be in [0, " + ACTIONS_MAX + "], was " + count);
    }
    HotInstalls changing = new HotInstalls(world);
    List<Action> actions = new ArrayList<>(count + 1);
    List<Kind> table = table(changing);
    for (int index = 0; index < count; index++) {
      Action action = one(tape, table, changing);
      actions.add(action);
      if (action instanceof Action.Install) {
        table = table(changing); // only an install makes new kinds possible
      }
    }
    actions.add(new Action.Shutdown(tape.choose(2) == 0));
    return actions;
  }

  /** Each kind the world can do now, repeated by its weight: a uniform draw from it is the weighted one. */
  private List<Kind> table(HotInstalls changing) {
    List<Kind> table = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      if (possible(kind, changing)) {
        for (int copy = 0; copy < kind.weight; copy++) {
          table.add(kind);
        }
      }
    }
    return table;
  }

  private boolean possible(Kind kind, HotInstalls changing) {
    return switch (kind) {
      case LOAD, UNLOAD, FORCED_UNLOAD -> !changing.modules.isEmpty();
      case CALL -> !world.techs().isEmpty();
      case OPTIONAL_CALL -> !world.apis().isEmpty();
      case EXIT_THREAD -> !changing.threads.isEmpty();
      case RELOAD_DIALPLAN, INSTALL -> true;
      case EDIT_MANIFEST -> !changing.binaries.isEmpty() && changing.modules.size() > 1;
      case REPLACE_BINARY -> !changing.binaries.isEmpty();
    };
  }

  /** One action, not a shutdown. */
  private Action one(Tape tape, List<Kind> table, HotInstalls changing) {
    Kind kind = table.get(tape.choose(table.size()));
    return switch (kind) {
      case LOAD -> new Action.Load(pick(tape, changing.modules));
      case UNLOAD -> new Action.Unload(pick(tape, changing.modules), false);
      case FORCED_UNLOAD -> new Action.Unload(pick(tape, changing.modules), true);
      case CALL -> {
        WorldView.Code tech = pick(tape, world.techs());
        yield new Action.StartCall(tech.module(), tech.name());
      }
      case OPTIONAL_CALL -> {
        WorldView.Code api = pick(tape, world.apis());
        yield new Action.OptionalCall(api.module(), api.name());
      }
      case EXIT_THREAD -> {
        WorldView.Code thread = pick(tape, changing.threads);
        yield new Action.ExitThread(thread.module(), thread.name());
      }
      case RELOAD_DIALPLAN -> new Action.ReloadDialplan();
      case INSTALL -> changing.install(tape);
      // No need an edit may add: the world's own traffic instead, a dialplan reload.
      case EDIT_MANIFEST -> changing.edit(tape).<Action>map(edit -> edit).orElseGet(Action.ReloadDialplan::new);
      case REPLACE_BINARY -> changing.replace(tape).<Action>map(replace -> replace).orElseGet(Action.ReloadDialplan::new);
    };
  }

  private static <T> T pick(Tape tape, List<T> items) {
    return items.get(tape.choose(items.size()));
  }
}
