package io.ariflow.flows.load.queue;

import io.ariflow.flows.spec.Location;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of one queue declaration was written, keyed by the path the core's validator uses
 * ({@code offers.ringTimeout}, {@code members[2].penalty}), so a problem found on the built definition points at
 * the line and column of its cause, or else at the nearest enclosing field that was written.
 */
final class QueuePlaces {

  private final Map<String, Location> places = new HashMap<>();
  private final Location start;

  QueuePlaces(Location start) {
    this.start = start;
  }

  void put(String path, Location location) {
    places.putIfAbsent(path, location);
  }

  /** The place of {@code path}, else of its longest written prefix, else where the document starts. */
  Location of(String path) {
    String current = path;
    while (!current.isEmpty()) {
      Location found = places.get(current);
      if (found != null) {
        return found;
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut < 0 ? "" : current.substring(0, cut);
    }
    return start;
  }
}
