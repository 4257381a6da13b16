package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.spec.Location;

/**
 * One room declaration as read: the template and where its fields were written.
 *
 * @param template the declaration
 * @param places where each dotted field was written
 * @param location where the room's entry starts
 * @param clean whether its fields read without errors (a room with errors is not loaded)
 */
record ReadRoom(RoomTemplate template, FieldPlaces places, Location location, boolean clean) {

  /** The room's name as declared. */
  String name() {
    return template.pattern().text();
  }
}
