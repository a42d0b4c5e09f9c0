package org.loaderlab.engine.manifest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Asterisk's {@code enum ast_module_load_priority}, spelled in manifests as the lower-cased
 * symbol without {@code AST_MODPRI_}. Autoload starts lower values first; only the order
 * matters, the numbers are Asterisk's own.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LoadPriority {
  REALTIME_DEPEND(10),
  REALTIME_DEPEND2(20),
  REALTIME_DRIVER(30),
  CORE(40),
  TIMING(50),
  CHANNEL_DEPEND(60),
  CHANNEL_DRIVER(70),
  APP_DEPEND(80),
  DEVSTATE_PROVIDER(90),
  DEVSTATE_PLUGIN(100),
  CDR_DRIVER(110),
  DEFAULT(128),
  DEVSTATE_CONSUMER(150);

  private final int value;

  LoadPriority(int value) {
    this.value = value;
  }

  /** Asterisk's numeric value; lower starts first. */
  public int value() {
    return value;
  }

  /** The manifest spelling, such as {@code channel_driver}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The priority spelled {@code text}: the manifest form ({@code channel_driver}), also accepted
   * with Asterisk's prefix in any case ({@code AST_MODPRI_CHANNEL_DRIVER}), as AST_MODULE_INFO
   * writes it.
   */
  public static Optional<LoadPriority> parse(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT);
    if (name.startsWith("AST_MODPRI_")) {
      name = name.substring("AST_MODPRI_".length());
    }
    for (LoadPriority priority : values()) {
      if (priority.name().equals(name)) {
        return Optional.of(priority);
      }
    }
    return Optional.empty();
  }

  /** Every manifest spelling, comma-separated, for error messages. */
  public static String spellings() {
    return Arrays.stream(values()).map(LoadPriority::configName).collect(Collectors.joining(", "));
  }
}
