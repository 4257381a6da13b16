package io.ariflow.flows.steps;

/**
 * Asterisk reported a playback as {@code failed} (a missing sound file, a channel that went away): the step
 * produces {@code error} unless the caller's hangup already explained it.
 */
public final class PlaybackFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failed playback of {@code media}. */
  public PlaybackFailedException(String playbackId, String media) {
    super("playback " + playbackId + " of " + media + " failed (missing sound?)", null, false, false);
  }
}
