package org.loaderlab.binary;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * What a module's code does that a well-behaved module would not, for tests of the engine's
 * defences: it calls the loader from inside its own entry points, holds other modules as a generic
 * user, and answers the engine's request to let go late or never.
 *
 * @param userOf modules {@code load_module} becomes a user of ({@code addUser}); released by
 *     {@code unload_module}, or by the cancel callback as {@code cancel} says
 * @param cancel what the cancel callback of each such use does
 * @param onLoad calls {@code load_module} makes into the loader
 * @param onUnload calls {@code unload_module} makes into the loader
 * @param onCancel calls the cancel callback makes into the loader
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Adversarial(List<ModuleName> userOf, Disposal cancel, List<EngineCall> onLoad,
    List<EngineCall> onUnload, List<EngineCall> onCancel) {

  /** A module that does none of it. */
  public static final Adversarial NONE = new Adversarial(List.of(), Disposal.RELEASE, List.of(), List.of(), List.of());

  public Adversarial {
    userOf = List.copyOf(userOf);
    Objects.requireNonNull(cancel, "cancel");
    onLoad = List.copyOf(onLoad);
    onUnload = List.copyOf(onUnload);
    onCancel = List.copyOf(onCancel);
    if (userOf.stream().distinct().count() != userOf.size()) {
      throw new IllegalArgumentException("user_of lists a module twice: " + userOf);
    }
  }

  public boolean isNone() {
    return equals(NONE);
  }
}
