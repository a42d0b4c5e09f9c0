package org.loaderlab.world;

import org.apiguardian.api.API;

/**
 * What {@link WorldGen} makes: how many modules, and what share of them misbehave.
 *
 * @param moduleCount modules of the world, {@code [1, MODULES_MAX]}
 * @param adversarialPercent the share of modules whose code is adversarial but honest: it calls
 *     the loader from {@code load_module}, {@code unload_module} and its cancel callbacks, takes
 *     uses of modules its manifest declares, and answers cancels late or never; {@code [0, 100]}
 * @param liarPercent the share of modules whose manifest lies: the code registers an application
 *     or takes a use the manifest does not declare; {@code [0, 100]}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WorldGenSettings(int moduleCount, int adversarialPercent, int liarPercent) {

  /** A generated world larger than this is a benchmark's job, not a simulation's. */
  public static final int MODULES_MAX = 1_000;

  public WorldGenSettings {
    if (moduleCount < 1 || moduleCount > MODULES_MAX) {
      throw new IllegalArgumentException("moduleCount must be in [1, " + MODULES_MAX + "], was " + moduleCount);
    }
    if (adversarialPercent < 0 || adversarialPercent > 100) {
      throw new IllegalArgumentException("adversarialPercent must be in [0, 100], was " + adversarialPercent);
    }
    if (liarPercent < 0 || liarPercent > 100) {
      throw new IllegalArgumentException("liarPercent must be in [0, 100], was " + liarPercent);
    }
  }

  /** {@code moduleCount} honest, well-behaved modules. */
  public static WorldGenSettings honest(int moduleCount) {
    return new WorldGenSettings(moduleCount, 0, 0);
  }

  public WorldGenSettings withAdversarialPercent(int value) {
    return new WorldGenSettings(moduleCount, value, liarPercent);
  }

  public WorldGenSettings withLiarPercent(int value) {
    return new WorldGenSettings(moduleCount, adversarialPercent, value);
  }
}
