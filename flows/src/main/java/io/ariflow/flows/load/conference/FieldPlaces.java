package io.ariflow.flows.load.conference;

import io.ariflow.flows.spec.Location;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each dotted field of one declaration was written ({@code bridge.max-members}, {@code menus.admin.*5}), so
 * a problem found on the built value points at the line and column of its cause, or else at the nearest enclosing
 * field that was written.
 */
final class FieldPlaces {

  private final Map<String, Location> places = new HashMap<>();
  private final Location start;

  FieldPlaces(Location start) {
    this.start = start;
  }

  void put(String field, Location location) {
    places.putIfAbsent(field, location);
  }

  /** The place of {@code field}, else of its longest written prefix, else where the declaration starts. */
  Location of(String field) {
    String path = field;
    while (true) {
      Location found = places.get(path);
      if (found != null) {
        return found;
      }
      int dot = path.lastIndexOf('.');
      if (dot < 0) {
        return start;
      }
      path = path.substring(0, dot);
    }
  }
}
