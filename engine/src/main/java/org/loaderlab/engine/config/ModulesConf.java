package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * What {@code modules.conf} says: which modules the administrator loads, requires, keeps out or
 * bans, and the dependencies the administrator adds ({@code [uses]}). Every name keeps its line.
 *
 * <p>Meaning, as in Asterisk unless the proposal says otherwise:
 *
 * <ul>
 *   <li>{@code autoload}: start every module found; absent means <em>no</em>, as in Asterisk's
 *       code ({@code ast_true} of a missing value), although the sample file Asterisk ships sets
 *       {@code yes};
 *   <li>{@code load}: the admin starts it; {@code require}: likewise, and startup fails if it cannot;
 *   <li>{@code noload}: neither autoload nor {@code load} starts it (noload wins over load, as in
 *       Asterisk), but a dependency still may;
 *   <li>{@code neverload}: banned on every path, dependencies and dialplan included;
 *   <li>{@code preload} and {@code preload-require}: legacy, replaced by {@code extconfig.conf};
 *       each such line is also in {@code load} (or {@code require}), so code that ignores
 *       {@code preload} still starts the module.
 * </ul>
 *
 * @param autoloadLocation the {@code autoload=} line that decided, empty when the default applies
 * @param uses {@code [uses]} in file order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ModulesConf(
    boolean autoload,
    Optional<SourceLocation> autoloadLocation,
    List<Located<ModuleName>> load,
    List<Located<ModuleName>> noload,
    List<Located<ModuleName>> neverload,
    List<Located<ModuleName>> require,
    List<Located<ModuleName>> preload,
    List<AdminUse> uses) {

  /** Asterisk's code default for a missing {@code autoload=}: no. */
  public static final boolean AUTOLOAD_DEFAULT = false;

  public ModulesConf {
    Objects.requireNonNull(autoloadLocation, "autoloadLocation");
    load = List.copyOf(load);
    noload = List.copyOf(noload);
    neverload = List.copyOf(neverload);
    require = List.copyOf(require);
    preload = List.copyOf(preload);
    uses = List.copyOf(uses);
  }

  /** What an absent or empty {@code modules.conf} means: nothing loads but what something needs. */
  public static ModulesConf empty() {
    return new ModulesConf(AUTOLOAD_DEFAULT, Optional.empty(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  /** Whether {@code neverload} bans {@code module}; a ban holds for every path into a load. */
  public boolean isBanned(ModuleName module) {
    return bannedAt(module).isPresent();
  }

  /** The first {@code neverload} line that bans {@code module}. */
  public Optional<SourceLocation> bannedAt(ModuleName module) {
    return firstLocation(neverload, module);
  }

  /** Whether startup must fail when {@code module} cannot be loaded. */
  public boolean isRequired(ModuleName module) {
    return requiredAt(module).isPresent();
  }

  /** The first {@code require} (or {@code preload-require}) line naming {@code module}. */
  public Optional<SourceLocation> requiredAt(ModuleName module) {
    return firstLocation(require, module);
  }

  /** Whether {@code noload} keeps {@code module} from autoload and from {@code load=}. */
  public boolean isNoload(ModuleName module) {
    return noloadAt(module).isPresent();
  }

  /** The first {@code noload} line naming {@code module}. */
  public Optional<SourceLocation> noloadAt(ModuleName module) {
    return firstLocation(noload, module);
  }

  /** Whether autoload would start {@code module}: autoload is on and neither noload nor neverload names it. */
  public boolean mayAutoload(ModuleName module) {
    return autoload && !isNoload(module) && !isBanned(module);
  }

  /**
   * The modules the administrator starts by name: {@code load} less {@code noload}, plus
   * {@code require}, less everything banned. A required module that is also banned or noload is
   * not here; the parser has reported it as an error that prevents startup.
   */
  public SortedSet<ModuleName> explicitLoads() {
    SortedSet<ModuleName> modules = new TreeSet<>();
    for (Located<ModuleName> entry : load) {
      if (!isNoload(entry.value())) {
        modules.add(entry.value());
      }
    }
    for (Located<ModuleName> entry : require) {
      if (!isNoload(entry.value())) {
        modules.add(entry.value());
      }
    }
    modules.removeIf(this::isBanned);
    return Collections.unmodifiableSortedSet(modules);
  }

  /** Every module named by {@code neverload}, sorted. */
  public SortedSet<ModuleName> banned() {
    return names(neverload);
  }

  /** Every module named by {@code require} or {@code preload-require}, sorted. */
  public SortedSet<ModuleName> required() {
    return names(require);
  }

  /** The {@code [uses]} lines whose user is {@code module}, in file order. */
  public List<AdminUse> usesOf(ModuleName module) {
    return uses.stream().filter(use -> use.user().equals(module)).toList();
  }

  private static Optional<SourceLocation> firstLocation(List<Located<ModuleName>> entries, ModuleName module) {
    return entries.stream()
        .filter(entry -> entry.value().equals(module))
        .map(Located::location)
        .findFirst();
  }

  private static SortedSet<ModuleName> names(List<Located<ModuleName>> entries) {
    SortedSet<ModuleName> modules = new TreeSet<>();
    entries.forEach(entry -> modules.add(entry.value()));
    return Collections.unmodifiableSortedSet(modules);
  }
}
