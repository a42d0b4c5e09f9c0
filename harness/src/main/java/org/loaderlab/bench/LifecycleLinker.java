package org.loaderlab.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;

/**
 * The lifecycle benchmark's linker: every module opens, starts and registers what its manifest
 * provides, so the measured cost is the engine's, not a module's. It counts what happened, so a
 * run that skipped a module (or left a lib open) fails instead of looking fast. Single-threaded,
 * like the benchmark's runtime.
 */
final class LifecycleLinker implements Linker {

  private final Map<ModuleName, List<LifecycleCatalog.Registered>> registrations;
  private int openedCount;
  private int closedCount;
  private int loadedCount;
  private int unloadedCount;

  LifecycleLinker(Map<ModuleName, List<LifecycleCatalog.Registered>> registrations) {
    this.registrations = registrations;
  }

  @Override
  public LinkedLib open(ModuleName module, Optional<Path> binary) throws LinkException {
    List<LifecycleCatalog.Registered> registers = registrations.get(module);
    if (registers == null) {
      throw new LinkException("module '" + module + "' is not in the benchmark's catalog");
    }
    openedCount++;
    ModuleCode code = new Code(registers);
    return new LinkedLib() {
      private boolean closed;

      @Override
      public ModuleCode code() {
        return code;
      }

      @Override
      public void close() {
        if (closed) {
          throw new IllegalStateException("lib of module '" + module + "' closed twice");
        }
        closed = true;
        closedCount++;
      }
    };
  }

  /** Fails unless each of {@code count} modules was opened, started, stopped and closed once. */
  void requireAllRanAndClosed(int count) {
    if (openedCount != count || loadedCount != count || unloadedCount != count || closedCount != count) {
      throw new IllegalStateException("expected " + count + " modules opened, started, stopped and closed, got "
          + openedCount + " opened, " + loadedCount + " started, " + unloadedCount + " stopped, " + closedCount
          + " closed");
    }
  }

  private final class Code implements ModuleCode {
    private final List<LifecycleCatalog.Registered> registers;

    Code(List<LifecycleCatalog.Registered> registers) {
      this.registers = registers;
    }

    @Override
    public LoadResult load(ModuleContext context) {
      for (LifecycleCatalog.Registered registered : registers) {
        context.register(registered.kind(), registered.name());
      }
      loadedCount++;
      return LoadResult.SUCCESS;
    }

    @Override
    public void unload(ModuleContext context) {
      unloadedCount++;
    }
  }
}
