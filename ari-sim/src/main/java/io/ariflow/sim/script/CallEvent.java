package io.ariflow.sim.script;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.Optional;

/**
 * Events of a scripted call that a step can wait for ({@code on: playback-started}): what the engine under
 * test did to the caller, as the simulator reports it on the caller's channel.
 */
public enum CallEvent {
  STASIS_START("stasis-start", "StasisStart"),
  ANSWERED("answered", "ChannelStateChange"),
  PLAYBACK_STARTED("playback-started", "PlaybackStarted"),
  PLAYBACK_FINISHED("playback-finished", "PlaybackFinished"),
  RECORDING_STARTED("recording-started", "RecordingStarted"),
  RECORDING_FINISHED("recording-finished", "RecordingFinished"),
  ENTERED_BRIDGE("entered-bridge", "ChannelEnteredBridge"),
  LEFT_BRIDGE("left-bridge", "ChannelLeftBridge"),
  STASIS_END("stasis-end", "StasisEnd");

  private final String yamlName;
  private final String ariType;

  CallEvent(String yamlName, String ariType) {
    this.yamlName = yamlName;
    this.ariType = ariType;
  }

  /** The name used in scenario files. */
  public String yamlName() {
    return yamlName;
  }

  public static Optional<CallEvent> byYamlName(String name) {
    return Arrays.stream(values()).filter(e -> e.yamlName.equals(name)).findFirst();
  }

  /** Whether an event about the call's channel is this one ("answered" is the change to state Up). */
  public boolean matches(JsonObject event) {
    if (!ariType.equals(event.getString("type"))) {
      return false;
    }
    return this != ANSWERED || "Up".equals(event.getJsonObject("channel").getString("state"));
  }
}
