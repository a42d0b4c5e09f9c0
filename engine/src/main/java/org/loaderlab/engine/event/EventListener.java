package org.loaderlab.engine.event;

import org.apiguardian.api.API;

/**
 * Receives every event, in sequence order, one at a time and never under the engine's state
 * lock, on whichever engine thread is delivering (not always the one that made it). A listener
 * must not block; it may copy the event and return.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface EventListener {

  void onEvent(LifecycleEvent event);
}
