package org.loaderlab.engine.lifecycle;

import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/** What one run of a module's instance may ask of the engine; a context outlives its run harmlessly. */
final class EngineContext implements ModuleContext {

  private final LifecycleEngine engine;
  private final ModuleName module;
  private final int incarnation;
  private final ContextLoader loader;

  EngineContext(LifecycleEngine engine, ModuleName module, int incarnation) {
    this.engine = engine;
    this.module = module;
    this.incarnation = incarnation;
    this.loader = new ContextLoader(engine, module);
  }

  @Override
  public ModuleName module() {
    return module;
  }

  int incarnation() {
    return incarnation;
  }

  @Override
  public Registration register(RegistrationKind kind, String name) {
    return engine.register(this, kind, name);
  }

  @Override
  public void blockUnload() {
    engine.blockUnload(this);
  }

  /** The engine, as this module's code sees it: a user the code takes holds this module's lib. */
  @Override
  public ContextLoader loader() {
    return loader;
  }
}
