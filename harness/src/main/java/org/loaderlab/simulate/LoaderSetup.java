package org.loaderlab.simulate;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.sim.SimRuntime;

/**
 * What a {@link LoaderFactory} wires a loader to.
 *
 * @param world the world, its configuration parsed
 * @param linker opens libs: the run's fake linker, wrapped in the delayed-release mode so module
 *     code's releases come late
 * @param runtime the run's simulation runtime: the loader's work runs as its tasks
 * @param listener records each lifecycle event with the step it happened at
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LoaderSetup(PreparedWorld world, Linker linker, SimRuntime runtime, EventListener listener) {
  public LoaderSetup {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(linker, "linker");
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(listener, "listener");
  }
}
