package org.loaderlab.legacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * A linker over an in-memory map of module behaviours, and the test's witness: it logs every
 * open and close, knows what is mapped, and logs code run in an unmapped module as a segfault
 * ({@code "segfault chan_x hangup"}) instead of running it.
 */
final class ToyLinker implements Linker {

  /** What one module's code does; every module succeeds and does nothing unless told. */
  static final class Behaviour {
    LoadResult result = LoadResult.SUCCESS;
    final List<String[]> registers = new ArrayList<>();
    boolean blockUnload;
    boolean refuseOpen;
    /** What else load_module and unload_module do once they run: a call back into the loader, say. */
    Consumer<ModuleContext> duringLoad = context -> {};
    Consumer<ModuleContext> duringUnload = context -> {};

    Behaviour registers(RegistrationKind kind, String name) {
      registers.add(new String[] {kind.name(), name});
      return this;
    }
  }

  final List<String> log = new ArrayList<>();
  private final Map<ModuleName, Behaviour> behaviours = new TreeMap<>();
  private final Set<ModuleName> mapped = new TreeSet<>();

  Behaviour behaviour(String module) {
    return behaviours.computeIfAbsent(ModuleName.of(module), name -> new Behaviour());
  }

  @Override
  public LinkedLib open(ModuleName module, Optional<Path> binary) throws LinkException {
    Behaviour behaviour = behaviour(module.toString());
    if (behaviour.refuseOpen) {
      log.add("refused " + module);
      throw new LinkException("cannot map " + module.binaryFileName());
    }
    mapped.add(module);
    log.add("open " + module);
    ModuleCode code = new ModuleCode() {
      @Override
      public LoadResult load(ModuleContext context) {
        if (!run(module, "load_module")) {
          return LoadResult.FAILURE;
        }
        behaviour.duringLoad.accept(context);
        for (String[] registration : behaviour.registers) {
          context.register(RegistrationKind.valueOf(registration[0]), registration[1]);
        }
        if (behaviour.blockUnload) {
          context.blockUnload();
        }
        return behaviour.result;
      }

      @Override
      public void unload(ModuleContext context) {
        if (run(module, "unload_module")) {
          behaviour.duringUnload.accept(context);
        }
      }
    };
    return new LinkedLib() {
      @Override
      public ModuleCode code() {
        return code;
      }

      @Override
      public void close() {
        mapped.remove(module);
        log.add("close " + module);
      }
    };
  }

  boolean isMapped(String module) {
    return mapped.contains(ModuleName.of(module));
  }

  /** Module code {@code what} of {@code module}: true when it ran, false for a segfault. */
  boolean run(ModuleName module, String what) {
    boolean ran = mapped.contains(module);
    log.add((ran ? "ran " : "segfault ") + module + " " + what);
    return ran;
  }

  boolean run(String module, String what) {
    return run(ModuleName.of(module), what);
  }

  List<String> segfaults() {
    return log.stream().filter(line -> line.startsWith("segfault ")).toList();
  }
}
