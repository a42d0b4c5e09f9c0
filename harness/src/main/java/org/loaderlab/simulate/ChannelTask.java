package org.loaderlab.simulate;

import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.sim.SimContext;
import org.loaderlab.sim.SimTask;
import org.loaderlab.sim.Step;

/**
 * A call on a channel: becomes a user of its tech's module, then for a few steps (drawn from the
 * tape) runs either a tech callback or an application of the world through the loader, and hangs
 * up: at the end, or at its next step once the loader cancelled it.
 */
final class ChannelTask implements SimTask {

  /** Steps of a call after it is up: short calls keep runs small, long enough to straddle an unload. */
  static final int CALL_STEPS_MAX = 4;

  private final Stage stage;
  private final Action.StartCall call;
  private final String id;
  private UserHandle user;
  private boolean hungUp;
  private int stepsLeft;

  ChannelTask(Stage stage, Action.StartCall call, String id) {
    this.stage = stage;
    this.call = call;
    this.id = id;
  }

  @Override
  public Step step(SimContext context) {
    if (user == null) {
      try {
        user = stage.loader().addUser(call.techModule(), HolderKind.CHANNEL, id, () -> hungUp = true);
      } catch (ModuleUnavailableException e) {
        stage.trace().note("channel " + id + " refused: " + call.techModule() + " not running");
        return Step.done();
      }
      stepsLeft = 1 + context.tape().choose(CALL_STEPS_MAX);
      stage.trace().note("channel " + id + " up");
      return Step.next();
    }
    if (hungUp || stepsLeft == 0) {
      user.release();
      stage.trace().note("channel " + id + (hungUp ? " cancelled, hung up" : " hung up"));
      return Step.done();
    }
    stepsLeft--;
    var applications = stage.world().view().applications();
    int choice = context.tape().choose(applications.size() + 1);
    if (choice == applications.size()) {
      stage.linker().channelTechCallback(call.techModule(), call.tech());
    } else {
      WorldView.Code application = applications.get(choice);
      try {
        stage.loader().execute(RegistrationKind.APPLICATION, application.name(),
            () -> stage.linker().runApplication(application.module(), application.name()));
      } catch (ModuleUnavailableException e) {
        stage.trace().note("channel " + id + " application " + application.name() + " unavailable");
      }
    }
    return Step.next();
  }
}
