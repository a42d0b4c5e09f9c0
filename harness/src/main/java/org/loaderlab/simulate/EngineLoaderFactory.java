package org.loaderlab.simulate;

import org.loaderlab.engine.lifecycle.LoaderBuilder;
import org.loaderlab.engine.lifecycle.ModuleLoader;

/**
 * The lifecycle engine, configured by the world's modules.conf, extconfig.conf and extensions.conf,
 * starting from the world's known catalog (checked against the folder by the engine).
 */
final class EngineLoaderFactory implements LoaderFactory {

  static final EngineLoaderFactory INSTANCE = new EngineLoaderFactory();

  private EngineLoaderFactory() {}

  @Override
  public ModuleLoader create(LoaderSetup setup) {
    PreparedWorld world = setup.world();
    LoaderBuilder builder = LoaderBuilder.create()
        .modulesFolder(world.world().modulesFolder())
        .modulesConf(world.modulesConf())
        .extConfig(world.extConfig())
        .dialplan(world.dialplan())
        .linker(setup.linker())
        .runtime(setup.runtime())
        .listener(setup.listener());
    world.knownCatalog().ifPresent(builder::knownCatalog);
    return builder.build();
  }
}
