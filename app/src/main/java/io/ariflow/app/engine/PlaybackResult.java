package io.ariflow.app.engine;

/**
 * How a prompt ended, as a value: a caller hanging up mid-prompt is an outcome, not an error.
 *
 * @param playbackId the id we gave the playback
 * @param state ARI's final state: {@code done} (played or stopped), {@code failed} (missing media, hangup)
 * @param reconciled true when the PlaybackFinished event was lost in a reconnect and the end was inferred
 */
public record PlaybackResult(String playbackId, String state, boolean reconciled) {

  /** True when the whole media list played (or was stopped on purpose). */
  public boolean done() {
    return "done".equals(state);
  }
}
