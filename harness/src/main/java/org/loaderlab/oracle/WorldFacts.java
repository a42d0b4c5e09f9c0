package org.loaderlab.oracle;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.resolve.ProviderIndex;
import org.loaderlab.world.World;

/**
 * What the world says, independently of the engine: every manifest, modules.conf, extconfig.conf,
 * the binaries that do not match their manifest's checksum (tampered), and the threadstorage keys
 * whose destructor lives in each binary. The oracles judge the trace against these.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WorldFacts {

  private final SortedMap<ModuleName, Manifest> manifests;
  private final ModulesConf modulesConf;
  private final ExtConfig extConfig;
  private final ProviderIndex providers;
  private final SortedSet<ModuleName> tampered;
  private final SortedMap<ModuleName, SortedSet<String>> destructorKeys;
  /** Built at the first oracle that asks, then shared: facts never change, and every run is judged on them. */
  private volatile Dependencies dependencies;
  /** Whose needs graph these facts use: their own, or that of the facts they differ from only by tampering. */
  private final WorldFacts graphOwner;

  private WorldFacts(Builder builder) {
    this.manifests = Collections.unmodifiableSortedMap(new TreeMap<>(builder.manifests));
    this.modulesConf = builder.modulesConf;
    this.extConfig = builder.extConfig;
    this.providers = ProviderIndex.of(manifests.values());
    this.tampered = Collections.unmodifiableSortedSet(new TreeSet<>(builder.tampered));
    SortedMap<ModuleName, SortedSet<String>> keys = new TreeMap<>();
    builder.destructorKeys.forEach((module, names) -> keys.put(module, Collections.unmodifiableSortedSet(new TreeSet<>(names))));
    this.destructorKeys = Collections.unmodifiableSortedMap(keys);
    this.graphOwner = this;
  }

  private WorldFacts(WorldFacts base, SortedSet<ModuleName> tampered) {
    this.manifests = base.manifests;
    this.modulesConf = base.modulesConf;
    this.extConfig = base.extConfig;
    this.providers = base.providers;
    this.tampered = tampered;
    this.destructorKeys = base.destructorKeys;
    this.graphOwner = base.graphOwner;
  }

  /** A world with no modules and empty configuration. */
  public static WorldFacts empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The facts of {@code world}'s files as they are now: manifests (invalid ones are left out and
   * reported), modules.conf and extconfig.conf (absent files mean empty ones), each binary checked
   * against its manifest's checksum, and the threadstorage destructors each binary declares.
   */
  public static Parsed<WorldFacts> read(World world) {
    return FactsReader.read(Objects.requireNonNull(world, "world"));
  }

  /** Every valid manifest, by module. */
  public SortedMap<ModuleName, Manifest> manifests() {
    return manifests;
  }

  public Optional<Manifest> manifest(ModuleName module) {
    return Optional.ofNullable(manifests.get(module));
  }

  public ModulesConf modulesConf() {
    return modulesConf;
  }

  public ExtConfig extConfig() {
    return extConfig;
  }

  /** Who provides what, over {@link #manifests()}. */
  public ProviderIndex providers() {
    return providers;
  }

  /**
   * These facts with {@code modules}' binaries tampered too (rebuilt during a run). The needs graph
   * does not depend on tampering, so it is shared with these facts rather than built again.
   */
  public WorldFacts withTampered(Collection<ModuleName> modules) {
    if (tampered.containsAll(modules)) {
      return this;
    }
    SortedSet<ModuleName> all = new TreeSet<>(tampered);
    all.addAll(modules);
    return new WorldFacts(this, Collections.unmodifiableSortedSet(all));
  }

  /** Modules whose binary does not match its manifest's checksum: a load of one must be refused. */
  public SortedSet<ModuleName> tampered() {
    return tampered;
  }

  /** The threadstorage keys of {@code module}'s binary that have a destructor; empty when unknown. */
  public SortedSet<String> destructorKeys(ModuleName module) {
    return destructorKeys.getOrDefault(module, Collections.emptySortedSet());
  }

  /** The needs graph of these facts; immutable, so one serves every run judged on this world. */
  Dependencies dependencies() {
    if (graphOwner != this) {
      return graphOwner.dependencies();
    }
    Dependencies built = dependencies;
    if (built == null) {
      built = new Dependencies(this);
      dependencies = built;
    }
    return built;
  }

  /** Collects facts; each setter checks its argument at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final SortedMap<ModuleName, Manifest> manifests = new TreeMap<>();
    private ModulesConf modulesConf = ModulesConf.empty();
    private ExtConfig extConfig = ExtConfig.empty();
    private final SortedSet<ModuleName> tampered = new TreeSet<>();
    private final SortedMap<ModuleName, SortedSet<String>> destructorKeys = new TreeMap<>();

    private Builder() {}

    /** Adds {@code manifest}, replacing an earlier one of the same module. */
    public Builder manifest(Manifest manifest) {
      manifests.put(manifest.name(), manifest);
      return this;
    }

    public Builder modulesConf(ModulesConf conf) {
      this.modulesConf = Objects.requireNonNull(conf, "modulesConf");
      return this;
    }

    public Builder extConfig(ExtConfig conf) {
      this.extConfig = Objects.requireNonNull(conf, "extConfig");
      return this;
    }

    /** {@code module}'s binary does not match its manifest's checksum. */
    public Builder tampered(ModuleName module) {
      tampered.add(Objects.requireNonNull(module, "module"));
      return this;
    }

    /** {@code module}'s binary has threadstorage key {@code key} with a destructor. */
    public Builder destructorKey(ModuleName module, String key) {
      Objects.requireNonNull(module, "module");
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("destructorKey needs a key name, was '" + key + "'");
      }
      destructorKeys.computeIfAbsent(module, k -> new TreeSet<>()).add(key);
      return this;
    }

    public WorldFacts build() {
      return new WorldFacts(this);
    }
  }
}
