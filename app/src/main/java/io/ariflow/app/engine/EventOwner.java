package io.ariflow.app.engine;

import io.ariflow.model.event.AriEvent;

/**
 * Something other than a call that owns ARI objects: a conference room directory, a supervision session host.
 * It claims ids in {@link ObjectOwners} and receives every event about them, on the engine's context, in arrival
 * order, once per event however many of its ids the event names.
 */
@FunctionalInterface
public interface EventOwner {

  /** One event about an object this owner claimed. */
  void onEvent(AriEvent event);
}
