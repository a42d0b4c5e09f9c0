package org.loaderlab.engine.spi;

import org.apiguardian.api.API;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * What module code may ask of the engine: register named things (cleaned up automatically when
 * the module stops), keep its binary open for good, and call the loader itself.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ModuleContext {

  ModuleName module();

  /**
   * Registers an application, function, CLI command or manager action whose code lives in this
   * module ({@code api_registry}). The registration holds the module's lib until it is removed;
   * the engine removes it when the module stops, before {@code unload_module} runs.
   *
   * <p>The manifest is the contract: an application, function, manager action or AGI command
   * that the manifest's {@code [provides]} does not name is refused, since no resolver could
   * find its provider (applications match case-insensitively). CLI commands and channel
   * technologies have no manifest line and are never refused for it.
   *
   * @throws RegistrationRefusedException when the manifest does not provide it, or another
   *     module registered it already; nothing was registered
   * @throws IllegalStateException when this run of the module is not starting or running
   */
  Registration register(RegistrationKind kind, String name);

  /** {@code ast_module_block_unload}: the instance may still stop, but the lib is never closed. */
  void blockUnload();

  /** The loader, for calls back into the engine; such calls never wait for the current operation. */
  ModuleLoader loader();
}
