package org.loaderlab.simulate;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The loaders a simulation can drive, all through the engine's {@code ModuleLoader}: the engine,
 * and a model of today's Asterisk loader that the oracles must catch.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LoaderKind {
  /** The lifecycle engine ({@code LoaderBuilder}). */
  ENGINE,
  /** The known-bad model of today's loader. */
  LEGACY;

  /**
   * How to build this loader; empty while its implementation is not on the class path. The
   * legacy loader plugs in here with one line: {@code case LEGACY -> Optional.of(new LegacyLoaderFactory())}.
   */
  public Optional<LoaderFactory> factory() {
    return switch (this) {
      case ENGINE -> Optional.of(EngineLoaderFactory.INSTANCE);
      case LEGACY -> Optional.empty();
    };
  }

  /** {@code engine}, as the command line spells it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
