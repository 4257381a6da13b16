package io.ariflow.flows.port;

/**
 * Generates the ids of playbacks, channels, bridges and recordings before they exist, so waiters can be
 * registered before the command is sent. ARI accepts our ids on play, create, originate and bridges.
 */
@FunctionalInterface
public interface IdGenerator {

  /** A new unique id; {@code kind} ({@code playback}, {@code channel}, ...) may be used as a prefix. */
  String next(String kind);
}
