package org.loaderlab.simulate;

import org.loaderlab.sim.SimContext;
import org.loaderlab.sim.SimTask;
import org.loaderlab.sim.Step;

/** Module code calling an optional API through the loader, which holds the provider for the call. */
final class OptionalCaller implements SimTask {

  private final Stage stage;
  private final Action.OptionalCall call;

  OptionalCaller(Stage stage, Action.OptionalCall call) {
    this.stage = stage;
    this.call = call;
  }

  @Override
  public Step step(SimContext context) {
    boolean made = stage.loader()
        .callOptional(call.provider(), () -> stage.linker().callOptionalApi(call.provider(), call.api()))
        .isPresent();
    stage.trace().note("optional-call " + call.provider() + " " + call.api() + (made ? " made" : " not made"));
    return Step.done();
  }
}
