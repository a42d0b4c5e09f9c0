package org.loaderlab.engine.event;

import org.apiguardian.api.API;

/**
 * Receives every event, in sequence order, on the thread that made it, with no engine lock held.
 * A listener must not block; it may copy the event and return.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface EventListener {

  void onEvent(LifecycleEvent event);
}
