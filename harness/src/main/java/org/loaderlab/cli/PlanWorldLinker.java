package org.loaderlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * The dry linker of {@code loaderlab plan}: it opens no binary. Every module's code answers
 * {@link LoadResult#SUCCESS} and registers what its manifest's {@code [provides]} names
 * (applications, functions, manager actions, AGI commands), so the engine reaches the state a
 * world whose modules all work would reach. A module the catalog did not know when the command
 * started (installed since) registers nothing.
 */
final class PlanWorldLinker implements Linker {

  private final Map<ModuleName, List<Provided>> registrations = new TreeMap<>();

  /** One thing a module's code registers when it starts. */
  record Provided(RegistrationKind kind, String name) {}

  PlanWorldLinker(ModuleCatalog catalog) {
    for (CatalogEntry entry : catalog.entries()) {
      registrations.put(entry.name(), registrations(entry.manifest().provides()));
    }
  }

  /** What a module providing {@code provides} registers, in manifest order; services and realtime drivers register nothing. */
  static List<Provided> registrations(List<Provision> provides) {
    List<Provided> registered = new ArrayList<>();
    for (Provision provision : provides) {
      kindOf(provision.kind()).ifPresent(kind -> registered.add(new Provided(kind, provision.name())));
    }
    return List.copyOf(registered);
  }

  private static Optional<RegistrationKind> kindOf(String manifestKind) {
    for (RegistrationKind kind : RegistrationKind.values()) {
      if (kind.manifestKind().equals(manifestKind)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  @Override
  public LinkedLib open(ModuleName module, Optional<Path> binary) {
    Objects.requireNonNull(module, "module");
    List<Provided> provided = registrations.getOrDefault(module, List.of());
    ModuleCode code = new ModuleCode() {
      @Override
      public LoadResult load(ModuleContext context) {
        for (Provided each : provided) {
          context.register(each.kind(), each.name());
        }
        return LoadResult.SUCCESS;
      }
    };
    return new LinkedLib() {
      @Override
      public ModuleCode code() {
        return code;
      }

      @Override
      public void close() {
        // Nothing was mapped.
      }
    };
  }
}
