package org.loaderlab.binary;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A thread {@code load_module} starts; its code lives in the module, and it runs until
 * {@code unload_module} stops it (so a module without {@code unload_module} leaves it running).
 *
 * @param name an identifier, unique in the binary
 * @param usesKey a threadstorage key of the same binary the thread uses
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BinaryThread(String name, Optional<String> usesKey) {

  public BinaryThread {
    BinarySyntax.identifier("thread name", Objects.requireNonNull(name, "name"));
    Objects.requireNonNull(usesKey, "usesKey").ifPresent(key -> BinarySyntax.identifier("threadstorage key", key));
  }

  public static BinaryThread of(String name) {
    return new BinaryThread(name, Optional.empty());
  }

  public static BinaryThread using(String name, String key) {
    return new BinaryThread(name, Optional.of(key));
  }

  /** {@code name} or {@code name:uses=key}. */
  @Override
  public String toString() {
    return usesKey.map(key -> name + ":" + BinarySyntax.OPTION_USES + key).orElse(name);
  }
}
