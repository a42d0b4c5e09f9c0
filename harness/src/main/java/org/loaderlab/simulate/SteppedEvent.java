package org.loaderlab.simulate;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.LifecycleEvent;

/** A lifecycle event and the simulation step it happened at. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SteppedEvent(long stepIndex, LifecycleEvent event) {
  public SteppedEvent {
    Objects.requireNonNull(event, "event");
  }
}
