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
 * that races with unloads. A shrunk tape (all zeros) draws the first kind on the first module.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActionGen {

  /** A run of more actions is a runaway setting, not a scenario. */
  public static final int ACTIONS_MAX = 100_000;

  private enum Kind {
    LOAD(3), CALL(3), UNLOAD(2), OPTIONAL_CALL(2), FORCED_UNLOAD(1), EXIT_THREAD(1), RELOAD_DIALPLAN(1);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }
  }

  private final WorldView world;
  /** Each kind the world can do, repeated by its weight: a uniform draw from it is the weighted one. */
  private final List<Kind> table = new ArrayList<>();

  public ActionGen(WorldView world) {
    this.world = Objects.requireNonNull(world, "world");
    for (Kind kind : Kind.values()) {
      if (possible(kind)) {
        for (int copy = 0; copy < kind.weight; copy++) {
          table.add(kind);
        }
      }
    }
  }

  private boolean possible(Kind kind) {
    return switch (kind) {
      case LOAD, UNLOAD, FORCED_UNLOAD -> !world.modules().isEmpty();
      case CALL -> !world.techs().isEmpty();
      case OPTIONAL_CALL -> !world.apis().isEmpty();
      case EXIT_THREAD -> !world.threads().isEmpty();
      case RELOAD_DIALPLAN -> true;
    };
  }

  /** {@code count} actions, then a shutdown, graceful or not. */
  public List<Action> draw(Tape tape, int count) {
    Objects.requireNonNull(tape, "tape");
    if (count < 0 || count > ACTIONS_MAX) {
      throw new IllegalArgumentException("count must be in [0, " + ACTIONS_MAX + "], was " + count);
    }
    List<Action> actions = new ArrayList<>(count + 1);
    for (int index = 0; index < count; index++) {
      actions.add(one(tape));
    }
    actions.add(new Action.Shutdown(tape.choose(2) == 0));
    return actions;
  }

  /** One action, not a shutdown. */
  public Action one(Tape tape) {
    return switch (table.get(tape.choose(table.size()))) {
      case LOAD -> new Action.Load(pick(tape, world.modules()));
      case UNLOAD -> new Action.Unload(pick(tape, world.modules()), false);
      case FORCED_UNLOAD -> new Action.Unload(pick(tape, world.modules()), true);
      case CALL -> {
        WorldView.Code tech = pick(tape, world.techs());
        yield new Action.StartCall(tech.module(), tech.name());
      }
      case OPTIONAL_CALL -> {
        WorldView.Code api = pick(tape, world.apis());
        yield new Action.OptionalCall(api.module(), api.name());
      }
      case EXIT_THREAD -> {
        WorldView.Code thread = pick(tape, world.threads());
        yield new Action.ExitThread(thread.module(), thread.name());
      }
      case RELOAD_DIALPLAN -> new Action.ReloadDialplan();
    };
  }

  private static <T> T pick(Tape tape, List<T> items) {
    return items.get(tape.choose(items.size()));
  }
}
