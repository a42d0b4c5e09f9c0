package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.conf.ConfParser;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Reads {@code modules.conf} into a {@link ModulesConf}.
 *
 * <ol>
 *   <li>The file is parsed as Asterisk config syntax ({@link ConfParser}); its problems come first.
 *   <li>Sections: {@code [modules]} (once: Asterisk reads only the first) and {@code [uses]}
 *       (any number); any other is an error.
 *   <li>{@code [modules]} keys: {@code autoload}, {@code load}, {@code noload}, {@code neverload},
 *       {@code require}, and the legacy {@code preload} / {@code preload-require} (warned). Any
 *       other key is an error, as it is for Asterisk, which refuses to start on one.
 *   <li>{@code [uses]}: see {@link AdminUsesReader}.
 *   <li>Contradictions between lines are checked last ({@link ModulesConfChecks}).
 * </ol>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModulesConfParser extends ConfigFileParser<ModulesConf> {

  private static final Set<String> SECTIONS = Set.of("modules", "uses");
  private static final Set<String> SINGLE_SECTIONS = Set.of("modules");

  public ModulesConfParser(ConfLimits limits) {
    super(limits);
  }

  public ModulesConfParser() {
    this(ConfLimits.DEFAULTS);
  }

  @Override
  Parsed<ModulesConf> interpret(Parsed<ConfDocument> syntax) {
    if (syntax.value().isEmpty()) {
      return Parsed.failed(syntax.diagnostics());
    }
    Problems problems = new Problems(syntax.diagnostics(), limits.diagnosticsMax());
    Builder builder = new Builder(problems);
    for (ConfSection section : KnownSections.select(syntax.orElseThrow(), SECTIONS, SINGLE_SECTIONS,
        "[modules] or [uses]", problems)) {
      if (section.name().equalsIgnoreCase("modules")) {
        section.entries().forEach(builder::modulesEntry);
      } else {
        builder.uses.addAll(AdminUsesReader.read(section, problems));
      }
    }
    ModulesConf conf = builder.build();
    ModulesConfChecks.check(conf, problems);
    return Parsed.of(conf, problems.list());
  }

  /** The lists as they fill up, one {@code [modules]} entry at a time. */
  private static final class Builder {
    private final Problems problems;
    private boolean autoload = ModulesConf.AUTOLOAD_DEFAULT;
    private Optional<SourceLocation> autoloadLocation = Optional.empty();
    private final List<Located<ModuleName>> load = new ArrayList<>();
    private final List<Located<ModuleName>> noload = new ArrayList<>();
    private final List<Located<ModuleName>> neverload = new ArrayList<>();
    private final List<Located<ModuleName>> require = new ArrayList<>();
    private final List<Located<ModuleName>> preload = new ArrayList<>();
    private final List<AdminUse> uses = new ArrayList<>();

    Builder(Problems problems) {
      this.problems = problems;
    }

    void modulesEntry(ConfEntry entry) {
      String key = entry.key().toLowerCase(Locale.ROOT);
      switch (key) {
        case "autoload" -> autoload(entry);
        case "load" -> name(entry).ifPresent(load::add);
        case "noload" -> name(entry).ifPresent(noload::add);
        case "neverload" -> name(entry).ifPresent(neverload::add);
        case "require" -> name(entry).ifPresent(require::add);
        case "preload" -> preload(entry, "load", load);
        case "preload-require" -> preload(entry, "require", require);
        default -> problems.add(Diagnostic.error(entry.location(), "unknown-key",
            "unknown key '" + entry.key() + "' in [modules]"));
      }
    }

    private void autoload(ConfEntry entry) {
      Optional<Boolean> value = AsteriskBoolean.parse(entry.value());
      if (value.isEmpty()) {
        problems.add(Diagnostic.error(entry.location(), "bad-boolean",
            "expected 'yes' or 'no' for 'autoload', found '" + entry.value() + "'"));
        return;
      }
      // Asterisk versions disagree on which of two autoload lines counts; say which one we take.
      autoloadLocation.ifPresent(first -> problems.add(Diagnostic.warning(entry.location(),
          "duplicate-autoload", "'autoload' is set again (first at " + first + "): the last value wins")));
      autoload = value.get();
      autoloadLocation = Optional.of(entry.location());
    }

    /** Preload ordered modules before the rest; manifests and extconfig.conf now give that order. */
    private void preload(ConfEntry entry, String replacement, List<Located<ModuleName>> list) {
      Optional<Located<ModuleName>> name = name(entry);
      if (name.isEmpty()) {
        return;
      }
      problems.add(Diagnostic.warning(entry.location(), "obsolete-preload",
          "'" + entry.key() + "' is obsolete, extconfig.conf replaces it: '" + name.get().value()
              + "' is loaded as if by '" + replacement + "'"));
      preload.add(name.get());
      list.add(name.get());
    }

    private Optional<Located<ModuleName>> name(ConfEntry entry) {
      Optional<String> problem = ModuleName.problem(entry.value());
      if (problem.isPresent()) {
        problems.add(Diagnostic.error(entry.location(), "invalid-module-name", problem.get()));
        return Optional.empty();
      }
      return Optional.of(new Located<>(ModuleName.of(entry.value()), entry.location()));
    }

    ModulesConf build() {
      return new ModulesConf(autoload, autoloadLocation, load, noload, neverload, require, preload, uses);
    }
  }
}
