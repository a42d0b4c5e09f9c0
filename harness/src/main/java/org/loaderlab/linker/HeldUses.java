package org.loaderlab.linker;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.binary.Adversarial;
import org.loaderlab.binary.EngineCall;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * The uses module code took ({@code [adversarial] user_of=}), and its answers to the engine's
 * cancel requests: release now, never, or after some steps. A delayed release is module code too,
 * so it runs through the guard when it falls due; if the lib is gone by then, the use is never
 * released.
 */
final class HeldUses {

  /** One use; {@code handle} is null until addUser returns. */
  private static final class Use {
    final LibRef user;
    final ModuleName target;
    UserHandle handle;
    boolean released;
    boolean releaseOnceTaken;

    Use(LibRef user, ModuleName target) {
      this.user = user;
      this.target = target;
    }
  }

  private record Pending(long dueStep, Use use) {}

  private final AddressSpace space;
  private final List<Use> held = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();

  HeldUses(AddressSpace space) {
    this.space = space;
  }

  /** Takes a use of {@code target} for the load named {@code instance}, the holder's id. */
  void take(LibRef user, String instance, ModuleName target, Adversarial behaviour, ModuleLoader loader) {
    Use use = new Use(user, target);
    try {
      use.handle = loader.addUser(target, HolderKind.USER, instance, () -> cancel(use, behaviour, loader));
    } catch (ModuleUnavailableException | RuntimeException refused) {
      space.record(new Observation.EngineRefused(space.step(), user, "user_of " + target, EngineCalls.reason(refused)));
      return;
    }
    held.add(use);
    space.record(new Observation.UseTaken(space.step(), user, target));
    if (use.releaseOnceTaken) {
      release(use);
    }
  }

  /** The cancel callback the module gave the engine: module code, so guarded. */
  private void cancel(Use use, Adversarial behaviour, ModuleLoader loader) {
    space.run(use.user, CodeKind.CANCEL_CALLBACK, use.target.toString(), () -> {
      switch (behaviour.cancel().mode()) {
        case RELEASE:
          release(use);
          break;
        case DELAY:
          pending.add(new Pending(space.step() + behaviour.cancel().delaySteps(), use));
          break;
        default:
          break; // IGNORE: the module keeps its use, whatever the engine asks
      }
      for (EngineCall call : behaviour.onCancel()) {
        EngineCalls.make(space, use.user, call, loader);
      }
    });
  }

  private void release(Use use) {
    if (use.released) {
      return;
    }
    if (use.handle == null) {
      use.releaseOnceTaken = true; // cancelled from inside addUser: let go as soon as it is ours
      return;
    }
    use.released = true;
    held.remove(use);
    space.record(new Observation.UseReleased(space.step(), use.user, use.target));
    use.handle.release();
  }

  /** {@code unload_module} lets go of every use its lib took, delayed ones included. */
  void releaseAll(LibRef user) {
    pending.removeIf(each -> each.use().user.equals(user));
    for (Use use : List.copyOf(held)) {
      if (use.user.equals(user)) {
        release(use);
      }
    }
  }

  /** Runs the delayed releases due by now, in the order they were scheduled; how many ran. */
  int releaseDue() {
    long now = space.step();
    List<Pending> due = new ArrayList<>();
    for (Pending each : pending) {
      if (each.dueStep() <= now) {
        due.add(each);
      }
    }
    pending.removeAll(due);
    int ranCount = 0;
    for (Pending each : due) {
      Use use = each.use();
      if (space.run(use.user, CodeKind.DELAYED_RELEASE, use.target.toString(), () -> release(use))) {
        ranCount++;
      }
    }
    return ranCount;
  }

  int pendingCount() {
    return pending.size();
  }
}
