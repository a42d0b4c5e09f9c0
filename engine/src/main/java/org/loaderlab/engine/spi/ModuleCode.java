package org.loaderlab.engine.spi;

import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * A module's entry points, as its {@code AST_MODULE_INFO} gives them. The engine calls them with
 * no engine lock held, so they may call back into the engine through their context.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ModuleCode {

  /** {@code load_module}: start the module. Whatever it registered is removed again if it does not succeed. */
  LoadResult load(ModuleContext context);

  /**
   * {@code unload_module}, run after the engine removed the module's registrations. It cannot fail:
   * a module that must not be closed calls {@link ModuleContext#blockUnload()} instead.
   */
  default void unload(ModuleContext context) {}

  /** A module listed in this module's {@code [canuse]} is now running. */
  default void canUseArrived(ModuleName provider, ModuleContext context) {}

  /** A module listed in this module's {@code [canuse]} is about to stop. */
  default void canUseLeaving(ModuleName provider, ModuleContext context) {}
}
