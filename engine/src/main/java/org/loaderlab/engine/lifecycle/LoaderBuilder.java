package org.loaderlab.engine.lifecycle;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.LoaderConfig;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.Runtime;

/**
 * Builds the engine: the front door, as {@code Jimfs.newFileSystem} is Jimfs's. The modules
 * folder, a linker and a runtime are required; configuration defaults to empty files (nothing
 * autoloads), limits to {@link LoaderConfig#DEFAULTS}, and the listener to none.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LoaderBuilder {

  /** Everything the engine is built from; complete and checked. */
  record Settings(
      Path modulesFolder,
      ModulesConf modulesConf,
      ExtConfig extConfig,
      Dialplan dialplan,
      Linker linker,
      Runtime runtime,
      EventListener listener,
      LoaderConfig config,
      Optional<KnownCatalog> knownCatalog) {}

  private Path modulesFolder;
  private ModulesConf modulesConf = ModulesConf.empty();
  private ExtConfig extConfig = ExtConfig.empty();
  private Dialplan dialplan = Dialplan.empty();
  private Linker linker;
  private Runtime runtime;
  private EventListener listener = event -> {};
  private LoaderConfig config = LoaderConfig.DEFAULTS;
  private KnownCatalog knownCatalog;

  LoaderBuilder() {}

  public static LoaderBuilder create() {
    return new LoaderBuilder();
  }

  /** Where {@code name.manifest} and {@code name.so} live; re-read for hot installs. */
  public LoaderBuilder modulesFolder(Path folder) {
    this.modulesFolder = Objects.requireNonNull(folder, "modulesFolder");
    return this;
  }

  public LoaderBuilder modulesConf(ModulesConf conf) {
    this.modulesConf = Objects.requireNonNull(conf, "modulesConf");
    return this;
  }

  public LoaderBuilder extConfig(ExtConfig conf) {
    this.extConfig = Objects.requireNonNull(conf, "extConfig");
    return this;
  }

  /** The dialplan loaded at startup; {@link ModuleLoader#loadDialplan} replaces it later. */
  public LoaderBuilder dialplan(Dialplan dialplan) {
    this.dialplan = Objects.requireNonNull(dialplan, "dialplan");
    return this;
  }

  public LoaderBuilder linker(Linker linker) {
    this.linker = Objects.requireNonNull(linker, "linker");
    return this;
  }

  public LoaderBuilder runtime(Runtime runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    return this;
  }

  public LoaderBuilder listener(EventListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  public LoaderBuilder config(LoaderConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    return this;
  }

  /**
   * The modules folder's catalog as read earlier, to start from instead of parsing every manifest
   * again: used only if it was read of the same folder and the folder's metadata still matches
   * it (see {@link KnownCatalog}); otherwise ignored.
   */
  public LoaderBuilder knownCatalog(KnownCatalog catalog) {
    this.knownCatalog = Objects.requireNonNull(catalog, "knownCatalog");
    return this;
  }

  /** The engine, not yet started: call {@link ModuleLoader#start()}. */
  public ModuleLoader build() {
    requireSet("modulesFolder", modulesFolder);
    requireSet("linker", linker);
    requireSet("runtime", runtime);
    return new LifecycleEngine(new Settings(modulesFolder, modulesConf, extConfig, dialplan, linker, runtime, listener, config,
        Optional.ofNullable(knownCatalog)));
  }

  private static void requireSet(String field, Object value) {
    if (value == null) {
      throw new IllegalStateException(field + " is required");
    }
  }
}
