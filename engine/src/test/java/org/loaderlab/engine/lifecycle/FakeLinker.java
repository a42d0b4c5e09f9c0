package org.loaderlab.engine.lifecycle;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.ModuleCode;

/** An in-memory linker: knows which libs are mapped, refuses the modules a test names. */
final class FakeLinker implements Linker {

  private final World world;
  final Set<ModuleName> open = new TreeSet<>();
  final Set<ModuleName> refuse = new TreeSet<>();
  final Map<ModuleName, Integer> opens = new TreeMap<>();

  FakeLinker(World world) {
    this.world = world;
  }

  @Override
  public LinkedLib open(ModuleName module, Optional<Path> binary) throws LinkException {
    world.checkUnlocked("linker open");
    if (refuse.contains(module)) {
      throw new LinkException("undefined symbol: ast_" + module);
    }
    if (!open.add(module)) {
      throw new AssertionError(module + " opened twice");
    }
    opens.merge(module, 1, Integer::sum);
    world.log("open " + module);
    ModuleCode code = world.code(module);
    return new LinkedLib() {
      private boolean closed;

      @Override
      public ModuleCode code() {
        if (closed) {
          throw new AssertionError("code of " + module + " used after close");
        }
        return code;
      }

      @Override
      public void close() {
        world.checkUnlocked("linker close");
        if (closed) {
          throw new AssertionError(module + " closed twice");
        }
        closed = true;
        open.remove(module);
        world.log("close " + module);
      }
    };
  }
}
