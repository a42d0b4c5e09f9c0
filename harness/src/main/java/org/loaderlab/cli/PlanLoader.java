package org.loaderlab.cli;

import org.loaderlab.engine.lifecycle.LoaderBuilder;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.Runtime;

/**
 * The engine over a world read for planning, not yet started. The only class of the command that
 * builds the engine itself, so the rest depends on the {@link ModuleLoader} interface alone.
 */
final class PlanLoader {

  private PlanLoader() {}

  static ModuleLoader build(PlanWorld world, Linker linker, Runtime runtime) {
    return LoaderBuilder.create()
        .modulesFolder(world.modulesFolder())
        .modulesConf(world.modulesConf())
        .extConfig(world.extConfig())
        .dialplan(world.dialplan())
        .linker(linker)
        .runtime(runtime)
        .build();
  }
}
