package org.loaderlab.engine.plan;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/** A module the plan will not load, and why, in words a person understands. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Refusal(ModuleName module, String reason) {

  public Refusal {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return module + ": " + reason;
  }
}
