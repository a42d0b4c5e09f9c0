package org.loaderlab.engine.plan;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.LoaderConfig;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.resolve.ProviderIndex;

/**
 * What the world says, as one operation sees it: the catalog as last scanned, the configuration,
 * and who provides what over that catalog.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Facts(
    ModuleCatalog catalog, ModulesConf modulesConf, ExtConfig extConfig, ProviderIndex providers, LoaderConfig limits) {

  public Facts {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(modulesConf, "modulesConf");
    Objects.requireNonNull(extConfig, "extConfig");
    Objects.requireNonNull(providers, "providers");
    Objects.requireNonNull(limits, "limits");
  }

  /** The facts of {@code catalog}, its provider index built once here. */
  public static Facts of(ModuleCatalog catalog, ModulesConf modulesConf, ExtConfig extConfig, LoaderConfig limits) {
    return new Facts(catalog, modulesConf, extConfig, ProviderIndex.of(catalog.manifests()), limits);
  }
}
