package org.loaderlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * A world folder read for {@code loaderlab plan}: {@code DIR/modules} and the three files of
 * {@code DIR/etc}, parsed with the engine's own parsers.
 *
 * <p>A missing {@code etc} file counts as empty, as Asterisk treats a missing config file. An
 * {@code etc} file with an error makes the world unreadable (a plan on a misread configuration
 * would mislead); a manifest with an error does not, since the engine refuses that module and
 * the plan says so. Catalog warnings are {@code manifest check}'s business and are left out.
 */
record PlanWorld(Path modulesFolder, ModuleCatalog catalog, ModulesConf modulesConf, ExtConfig extConfig,
    Dialplan dialplan) {

  PlanWorld {
    Objects.requireNonNull(modulesFolder, "modulesFolder");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(modulesConf, "modulesConf");
    Objects.requireNonNull(extConfig, "extConfig");
    Objects.requireNonNull(dialplan, "dialplan");
  }

  /** The world of {@code folder}; absent when it cannot be read, with every problem found. */
  static Parsed<PlanWorld> read(Path folder, ConfLimits limits) {
    Path modules = folder.resolve("modules");
    Path etc = folder.resolve("etc");
    Parsed<ModuleCatalog> scanned = new CatalogScanner(limits).scan(modules, CatalogScanner.Verify.NOTHING);
    List<Diagnostic> problems = new ArrayList<>(scanned.errors());
    Optional<ModulesConf> modulesConf =
        read(etc.resolve("modules.conf"), new ModulesConfParser(limits)::parse, ModulesConf::empty, problems);
    Optional<ExtConfig> extConfig =
        read(etc.resolve("extconfig.conf"), new ExtConfigParser(limits)::parse, ExtConfig::empty, problems);
    Optional<Dialplan> dialplan =
        read(etc.resolve("extensions.conf"), new DialplanParser(limits)::parse, Dialplan::empty, problems);
    boolean configured = modulesConf.isPresent() && extConfig.isPresent() && dialplan.isPresent();
    if (scanned.value().isEmpty() || !configured) {
      return Parsed.failed(problems);
    }
    return Parsed.of(new PlanWorld(modules, scanned.orElseThrow(), modulesConf.get(), extConfig.get(), dialplan.get()),
        problems);
  }

  /** One {@code etc} file: its value, empty if it is absent, or nothing when it has an error. */
  private static <T> Optional<T> read(Path file, Function<Path, Parsed<T>> parser, Supplier<T> absent,
      List<Diagnostic> problems) {
    if (!Files.exists(file)) {
      return Optional.of(absent.get());
    }
    Parsed<T> parsed = parser.apply(file);
    problems.addAll(parsed.diagnostics());
    return parsed.hasErrors() ? Optional.empty() : parsed.value();
  }
}
