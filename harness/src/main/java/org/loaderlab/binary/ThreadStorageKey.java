package org.loaderlab.binary;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A threadstorage key of the module ({@code AST_THREADSTORAGE}): a thread that uses it gets a
 * value, freed at thread exit by the destructor, whose code lives in this module.
 *
 * @param name an identifier
 * @param destructor whether a destructor runs at thread exit (so the thread exit runs this module's code)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ThreadStorageKey(String name, boolean destructor) {

  public ThreadStorageKey {
    BinarySyntax.identifier("threadstorage key", Objects.requireNonNull(name, "name"));
  }

  /** {@code name} or {@code name:destructor}. */
  @Override
  public String toString() {
    return destructor ? name + ":" + BinarySyntax.OPTION_DESTRUCTOR : name;
  }
}
