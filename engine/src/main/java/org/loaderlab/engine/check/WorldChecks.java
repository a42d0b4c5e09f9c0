package org.loaderlab.engine.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.config.AdminUse;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.DialplanUse;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.config.RealtimeMapping;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.resolve.ProviderIndex;
import org.loaderlab.engine.resolve.ProviderIndex.Offer;

/**
 * The checks of a world's {@code etc/} against its catalog: {@code modules.conf} names installed
 * modules and needs what someone provides, {@code extconfig.conf} maps configs to drivers that
 * exist, and every application and function the dialplan uses has a provider that is not banned.
 * Also collects the dependencies the configuration adds, for the cycle check.
 */
final class WorldChecks {

  private final ModuleCatalog catalog;
  private final ProviderIndex index;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private ModulesConf modulesConf = ModulesConf.empty();

  private WorldChecks(ModuleCatalog catalog, ProviderIndex index) {
    this.catalog = catalog;
    this.index = index;
  }

  record Result(List<Diagnostic> problems, List<Edge> edges) {}

  static Result run(Path etc, ModuleCatalog catalog, ProviderIndex index, ConfLimits limits) {
    WorldChecks checks = new WorldChecks(catalog, index);
    checks.read(etc.resolve("modules.conf"), new ModulesConfParser(limits)::parse).ifPresent(checks::modulesConf);
    checks.read(etc.resolve("extconfig.conf"), new ExtConfigParser(limits)::parse).ifPresent(checks::extConfig);
    checks.read(etc.resolve("extensions.conf"), new DialplanParser(limits)::parse).ifPresent(checks::dialplan);
    return new Result(checks.problems, checks.edges);
  }

  private <T> Optional<T> read(Path file, Function<Path, Parsed<T>> parser) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Parsed<T> parsed = parser.apply(file);
    problems.addAll(parsed.diagnostics());
    return parsed.value();
  }

  private void modulesConf(ModulesConf conf) {
    modulesConf = conf;
    for (List<Located<ModuleName>> started : List.of(conf.load(), conf.require())) {
      for (Located<ModuleName> entry : started) {
        requireInstalled(entry.value(), entry.location());
      }
    }
    for (AdminUse use : conf.uses()) {
      requireInstalled(use.user(), use.location());
      List<Offer> offers = chosen(use.target());
      if (offers.isEmpty()) {
        problems.add(Diagnostic.error(use.location(), "dangling-use",
            "[uses] of " + use.user() + " needs " + use.target() + ", but no module provides it"));
      }
      offers.forEach(offer -> edges.add(new Edge(use.user(), offer.module(), use.location())));
    }
  }

  private void requireInstalled(ModuleName module, SourceLocation location) {
    if (catalog.find(module).isEmpty()) {
      problems.add(Diagnostic.error(location, "unknown-module",
          "module '" + module + "' is not installed: there is no " + module.manifestFileName()));
    }
  }

  private void extConfig(ExtConfig conf) {
    for (RealtimeMapping mapping : conf.staticConfigs()) {
      if (index.providers(mapping.requirement()).isEmpty()) {
        problems.add(Diagnostic.error(mapping.location(), "dangling-realtime",
            "'" + mapping.family() + "' is served by realtime driver '" + mapping.driver()
                + "', but no module provides " + mapping.requirement()));
      }
    }
    for (CatalogEntry entry : catalog.entries()) {
      for (String config : entry.manifest().configs()) {
        for (RealtimeMapping mapping : conf.mappingsFor(config)) {
          if (mapping.isStaticConfig()) {
            chosen(mapping.requirement()).forEach(offer -> {
              if (!offer.module().equals(entry.name())) {
                edges.add(new Edge(entry.name(), offer.module(), mapping.location()));
              }
            });
          }
        }
      }
    }
  }

  private void dialplan(Dialplan dialplan) {
    for (DialplanUse use : dialplan.uses()) {
      List<Offer> offers = index.providers(use.requirement());
      if (offers.isEmpty()) {
        problems.add(Diagnostic.error(use.location(), "dangling-dialplan-use",
            "dialplan uses " + use.requirement() + ", but no module provides it"));
      } else if (offers.stream().allMatch(offer -> modulesConf.isBanned(offer.module()))) {
        ModuleName banned = offers.get(0).module();
        problems.add(Diagnostic.warning(use.location(), "dialplan-uses-banned",
            "dialplan uses " + use.requirement() + ", but its provider '" + banned
                + "' is banned by neverload at " + modulesConf.bannedAt(banned).orElseThrow()));
      }
    }
  }

  /** The providers a load would choose for {@code need}: a service's best one, or every provider. */
  private List<Offer> chosen(Requirement need) {
    List<Offer> offers = index.providers(need);
    return need.kind().equals(Kinds.SERVICE) && !offers.isEmpty() ? offers.subList(0, 1) : offers;
  }
}
