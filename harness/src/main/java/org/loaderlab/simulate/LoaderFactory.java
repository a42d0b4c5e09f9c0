package org.loaderlab.simulate;

import org.apiguardian.api.API;
import org.loaderlab.engine.lifecycle.ModuleLoader;

/** Builds the loader under test for one run, wired to the run's world, linker, runtime and listener. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface LoaderFactory {

  /**
   * A fresh loader, not started: the simulation's admin calls {@code start()} as its first step.
   * It must queue its work on {@code setup.runtime()}, open libs through {@code setup.linker()}
   * and send every lifecycle event to {@code setup.listener()}.
   */
  ModuleLoader create(LoaderSetup setup);
}
