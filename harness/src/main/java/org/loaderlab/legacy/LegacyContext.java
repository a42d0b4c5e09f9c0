package org.loaderlab.legacy;

import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/** What one module's code may ask of the legacy loader. */
final class LegacyContext implements ModuleContext {

  private final ModuleRequests requests;
  private final ModuleLoader loader;
  private final ModuleName module;

  LegacyContext(ModuleRequests requests, ModuleLoader loader, ModuleName module) {
    this.requests = requests;
    this.loader = loader;
    this.module = module;
  }

  @Override
  public ModuleName module() {
    return module;
  }

  @Override
  public Registration register(RegistrationKind kind, String name) {
    return requests.register(module, kind, name);
  }

  @Override
  public void blockUnload() {
    requests.blockUnload(module);
  }

  @Override
  public ModuleLoader loader() {
    return loader;
  }
}
