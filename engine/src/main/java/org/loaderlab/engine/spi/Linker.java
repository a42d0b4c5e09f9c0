package org.loaderlab.engine.spi;

import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Opens module binaries: {@code dlopen} in production, a fake that knows which code is mapped in
 * the harness. The engine verifies a binary's checksum before it asks for it to be opened.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Linker {

  /**
   * Maps the module's code.
   *
   * @param binary the {@code name.so} to open; empty for a module embedded in the core
   * @throws LinkException when the binary cannot be opened or has no module entry points
   */
  LinkedLib open(ModuleName module, Optional<Path> binary) throws LinkException;
}
