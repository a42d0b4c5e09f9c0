package org.loaderlab.simulate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * The fake linker as the loader sees it in the delayed-release mode: the same mappings, but module
 * code reaches the loader through a {@link DelayingLoader}, so the uses it takes and the
 * threadstorage holds of its threads are let go late. The loader wrapped is the one the engine
 * hands module code in its context, whoever that is.
 */
final class DelayingLinker implements Linker {

  private final Linker linker;
  private final Postponer postponer;

  DelayingLinker(Linker linker, Postponer postponer) {
    this.linker = Objects.requireNonNull(linker, "linker");
    this.postponer = Objects.requireNonNull(postponer, "postponer");
  }

  @Override
  public LinkedLib open(ModuleName module, Optional<Path> binary) throws LinkException {
    LinkedLib lib = linker.open(module, binary);
    ModuleCode code = new LateCode(lib.code(), postponer);
    return new LinkedLib() {
      @Override
      public ModuleCode code() {
        return code;
      }

      @Override
      public void close() {
        lib.close();
      }
    };
  }

  /** Entry points that get a context whose loader postpones releases. */
  private record LateCode(ModuleCode code, Postponer postponer) implements ModuleCode {
    @Override
    public LoadResult load(ModuleContext context) {
      return code.load(new LateContext(context, postponer));
    }

    @Override
    public void unload(ModuleContext context) {
      code.unload(new LateContext(context, postponer));
    }

    @Override
    public void canUseArrived(ModuleName provider, ModuleContext context) {
      code.canUseArrived(provider, new LateContext(context, postponer));
    }

    @Override
    public void canUseLeaving(ModuleName provider, ModuleContext context) {
      code.canUseLeaving(provider, new LateContext(context, postponer));
    }
  }

  private record LateContext(ModuleContext context, Postponer postponer) implements ModuleContext {
    @Override
    public ModuleName module() {
      return context.module();
    }

    @Override
    public Registration register(RegistrationKind kind, String name) {
      return context.register(kind, name);
    }

    @Override
    public void blockUnload() {
      context.blockUnload();
    }

    @Override
    public ModuleLoader loader() {
      return new DelayingLoader(context.loader(), postponer);
    }
  }
}
