package io.ariflow.app.flowtest;

import io.ariflow.sim.script.CallEvent;
import io.vertx.core.json.JsonObject;

/** What a step of the caller's script waits for before its delay starts: an event of the call, or a prompt. */
public sealed interface Trigger {

  /** Whether {@code event} (an ARI event about the caller's channel) is what this trigger waits for. */
  boolean matches(JsonObject event);

  /**
   * An event of the simulator's scripted callers ({@code playback-started}, {@code answered}, ...).
   *
   * @param event the event
   */
  record OnEvent(CallEvent event) implements Trigger {
    @Override
    public boolean matches(JsonObject event) {
      return this.event.matches(event);
    }

    @Override
    public String toString() {
      return "on " + event.yamlName();
    }
  }

  /**
   * A prompt starting to play to the caller, e.g. {@code sound:main-menu}.
   *
   * @param media the media URI, with its scheme
   */
  record OnPrompt(String media) implements Trigger {
    @Override
    public boolean matches(JsonObject event) {
      return "PlaybackStarted".equals(event.getString("type")) && event.getJsonObject("playback") != null
          && media.equals(event.getJsonObject("playback").getString("media_uri"));
    }

    @Override
    public String toString() {
      return "when " + media + " starts";
    }
  }
}
