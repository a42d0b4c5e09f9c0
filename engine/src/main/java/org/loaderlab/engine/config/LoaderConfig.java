package org.loaderlab.engine.config;

import org.apiguardian.api.API;

/**
 * The engine's limits, each with its reason. Hitting one is a refusal that names it, never growth.
 *
 * @param modulesMax modules a catalog may hold: Asterisk ships about 700, this is two orders more
 * @param dependencyDepthMax the longest dependency chain a load follows; deeper is refused
 * @param usersPerModuleMax holders of one instance or lib (channels included): a bound on a leak
 * @param operationsQueuedMax operations waiting their turn; a flood is refused, not queued forever
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LoaderConfig(int modulesMax, int dependencyDepthMax, int usersPerModuleMax, int operationsQueuedMax) {

  public static final LoaderConfig DEFAULTS = new LoaderConfig(200_000, 1_000, 1_000_000, 100_000);

  public LoaderConfig {
    requirePositive("modulesMax", modulesMax);
    requirePositive("dependencyDepthMax", dependencyDepthMax);
    requirePositive("usersPerModuleMax", usersPerModuleMax);
    requirePositive("operationsQueuedMax", operationsQueuedMax);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, was " + value);
    }
  }

  /** Sets one limit at a time; each setter rejects a bad value at once, naming field and value. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int modulesMax;
    private int dependencyDepthMax;
    private int usersPerModuleMax;
    private int operationsQueuedMax;

    private Builder(LoaderConfig from) {
      modulesMax = from.modulesMax;
      dependencyDepthMax = from.dependencyDepthMax;
      usersPerModuleMax = from.usersPerModuleMax;
      operationsQueuedMax = from.operationsQueuedMax;
    }

    public Builder modulesMax(int value) {
      requirePositive("modulesMax", value);
      modulesMax = value;
      return this;
    }

    public Builder dependencyDepthMax(int value) {
      requirePositive("dependencyDepthMax", value);
      dependencyDepthMax = value;
      return this;
    }

    public Builder usersPerModuleMax(int value) {
      requirePositive("usersPerModuleMax", value);
      usersPerModuleMax = value;
      return this;
    }

    public Builder operationsQueuedMax(int value) {
      requirePositive("operationsQueuedMax", value);
      operationsQueuedMax = value;
      return this;
    }

    public LoaderConfig build() {
      return new LoaderConfig(modulesMax, dependencyDepthMax, usersPerModuleMax, operationsQueuedMax);
    }
  }
}
