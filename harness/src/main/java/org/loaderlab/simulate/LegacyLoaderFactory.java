package org.loaderlab.simulate;

import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.legacy.LegacyFaults;
import org.loaderlab.legacy.LegacyLoader;

/** Today's Asterisk loader, as the known-bad model plays it, over the same world, linker and runtime. */
final class LegacyLoaderFactory implements LoaderFactory {

  static final LegacyLoaderFactory INSTANCE = new LegacyLoaderFactory();

  private LegacyLoaderFactory() {}

  @Override
  public ModuleLoader create(LoaderSetup setup) {
    PreparedWorld world = setup.world();
    return LegacyLoader.builder()
        .modulesFolder(world.world().modulesFolder())
        .modulesConf(world.modulesConf())
        .extConfig(world.extConfig())
        .dialplan(world.dialplan())
        .linker(setup.linker())
        .runtime(setup.runtime())
        .listener(setup.listener())
        .faults(LegacyFaults.today())
        .build();
  }
}
