package org.loaderlab.linker;

import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.observe.LibRef;

/** One mapping handed to the engine; closing it unmaps the code, whatever still points into it. */
final class FakeLib implements LinkedLib {

  private final LibRef lib;
  private final ModuleCode code;
  private final AddressSpace space;

  FakeLib(LibRef lib, ModuleCode code, AddressSpace space) {
    this.lib = lib;
    this.code = code;
    this.space = space;
  }

  @Override
  public ModuleCode code() {
    return code;
  }

  @Override
  public void close() {
    space.unmap(lib);
  }

  @Override
  public String toString() {
    return "FakeLib[" + lib + "]";
  }
}
