package org.loaderlab.engine.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * One line of {@code module show}.
 *
 * @param useCount the instance's holders (what Asterisk's "Use Count" column means now)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ModuleStatus(
    ModuleName name,
    Optional<String> description,
    SupportLevel supportLevel,
    State state,
    boolean libOpen,
    boolean unloadBlocked,
    int useCount,
    List<Holder> instanceHolders,
    List<Holder> libHolders) {

  /** Where the module's instance is in its life. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum State {
    NOT_RUNNING,
    STARTING,
    RUNNING,
    STOPPING,
    /** load_module declined or failed, or a dependency could not load. */
    FAILED
  }

  public ModuleStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(supportLevel, "supportLevel");
    Objects.requireNonNull(state, "state");
    instanceHolders = List.copyOf(instanceHolders);
    libHolders = List.copyOf(libHolders);
  }
}
