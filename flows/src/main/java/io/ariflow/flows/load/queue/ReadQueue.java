package io.ariflow.flows.load.queue;

import io.ariflow.flows.queue.definition.QueueDefinition;
import io.ariflow.flows.spec.Location;

/**
 * One queue document as read, before the cross-document checks.
 *
 * @param definition the definition built from what could be read
 * @param extras playlist, whisper, confirmation and callback dialling
 * @param location where the document starts
 * @param places where each field was written, by validator path
 * @param clean whether reading it reported no error
 */
record ReadQueue(QueueDefinition definition, QueueExtras extras, Location location, QueuePlaces places,
    boolean clean) {

  String name() {
    return definition.name();
  }

  DeclaredQueue declared() {
    return new DeclaredQueue(definition, extras, location);
  }
}
