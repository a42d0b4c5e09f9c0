package org.loaderlab.engine.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * One module's state as the planner sees it, between operations (so never starting or stopping).
 *
 * @param instanceDependencies the modules whose instance this module's instance holds (DEPENDENT)
 * @param libDependencies the modules whose lib this module's lib holds (DEPENDENT)
 * @param draining a forced unload is waiting for its users: no new user may come
 * @param runningManifest the manifest the instance started with, kept until it stops
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ModuleSnapshot(
    ModuleName name,
    boolean running,
    boolean libOpen,
    boolean unloadBlocked,
    boolean draining,
    SortedSet<Holder> instanceHolders,
    SortedSet<Holder> libHolders,
    SortedSet<ModuleName> instanceDependencies,
    SortedSet<ModuleName> libDependencies,
    Optional<Manifest> runningManifest) {

  public ModuleSnapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(runningManifest, "runningManifest");
    // One array each: a snapshot holds every running module of a catalog of any size.
    instanceHolders = SortedArraySet.copyOf(instanceHolders);
    libHolders = SortedArraySet.copyOf(libHolders);
    instanceDependencies = SortedArraySet.copyOf(instanceDependencies);
    libDependencies = SortedArraySet.copyOf(libDependencies);
    if (running && runningManifest.isEmpty()) {
      throw new IllegalArgumentException(name + " is running without a manifest");
    }
  }

  /** A module that is neither running nor open. */
  public static ModuleSnapshot idle(ModuleName name) {
    return new ModuleSnapshot(name, false, false, false, false, SortedArraySet.of(), SortedArraySet.of(),
        SortedArraySet.of(), SortedArraySet.of(), Optional.empty());
  }
}
