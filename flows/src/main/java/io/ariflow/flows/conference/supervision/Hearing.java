package io.ariflow.flows.conference.supervision;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who hears whom among the parties of a call, computed from its bridges and snoops. Tests assert on it, e.g.
 * that the supervised parties hear nothing of a supervisor who only listens.
 *
 * @param paths every audio path between two different parties
 */
public record Hearing(Set<Heard> paths) {

  /** Copies the paths. */
  public Hearing {
    paths = Set.copyOf(paths);
  }

  /** Whether {@code listener} hears {@code speaker}. */
  public boolean hears(String listener, String speaker) {
    return paths.contains(new Heard(listener, speaker));
  }

  /** The parties {@code listener} hears, sorted. */
  public Set<String> heardBy(String listener) {
    Set<String> speakers = new TreeSet<>();
    paths.stream().filter(path -> path.listener().equals(listener)).forEach(path -> speakers.add(path.speaker()));
    return speakers;
  }

  /** The parties that hear {@code speaker}, sorted. */
  public Set<String> listenersOf(String speaker) {
    Set<String> listeners = new TreeSet<>();
    paths.stream().filter(path -> path.speaker().equals(speaker)).forEach(path -> listeners.add(path.listener()));
    return listeners;
  }
}
