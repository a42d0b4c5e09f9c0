package org.loaderlab.simulate;

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

  /** How to build this loader. */
  public LoaderFactory factory() {
    return switch (this) {
      case ENGINE -> EngineLoaderFactory.INSTANCE;
      case LEGACY -> LegacyLoaderFactory.INSTANCE;
    };
  }

  /** {@code engine}, as the command line spells it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
