package org.loaderlab.binary;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * An optional API the module's code calls ({@code AST_OPTIONAL_API}): a function of another
 * module, called through a pointer that takes no reference on it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OptionalApiCall(ModuleName provider, String api) {

  public OptionalApiCall {
    Objects.requireNonNull(provider, "provider");
    BinarySyntax.identifier("optional api", Objects.requireNonNull(api, "api"));
  }

  /** {@code provider:api}. */
  @Override
  public String toString() {
    return provider + ":" + api;
  }
}
