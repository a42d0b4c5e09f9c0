package org.loaderlab.linker;

import org.loaderlab.binary.EngineCall;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * Module code calling the loader, as {@code [adversarial]} says. Only the asking is done here: the
 * loader answers later with a future, which module code, like a real module, never waits for.
 */
final class EngineCalls {

  private EngineCalls() {}

  static void make(AddressSpace space, LibRef caller, EngineCall call, ModuleLoader loader) {
    space.record(new Observation.EngineCalled(space.step(), caller, call.toString()));
    try {
      switch (call.verb()) {
        case LOAD:
          loader.load(call.target());
          break;
        case UNLOAD:
          loader.unload(call.target(), false);
          break;
        case UNLOAD_FORCE:
          loader.unload(call.target(), true);
          break;
        default:
          loader.reload(call.target());
          break;
      }
    } catch (RuntimeException refused) {
      space.record(new Observation.EngineRefused(space.step(), caller, call.toString(), reason(refused)));
    }
  }

  /** One line, for an observation: an exception's message, or its class when it has none. */
  static String reason(Exception exception) {
    String message = exception.getMessage();
    String text = message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
