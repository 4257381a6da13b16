package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;

/** A recording in progress on a channel or a bridge. */
final class LiveRecording {

  final String name;
  final String format;
  final String targetUri;
  final Channel channel;
  final Bridge bridge;
  final String terminateOn;
  final boolean append;
  String state = "queued";
  long startedMillis;
  long pausedSince = -1;
  long pausedTotalMs;
  long timer = -1;
  Integer duration;

  LiveRecording(String name, String format, Channel channel, Bridge bridge, String terminateOn, boolean append) {
    this.name = name;
    this.format = format;
    this.channel = channel;
    this.bridge = bridge;
    this.terminateOn = terminateOn;
    this.append = append;
    this.targetUri = channel != null ? "channel:" + channel.id : "bridge:" + bridge.id;
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject().put("name", name).put("format", format).put("state", state)
        .put("target_uri", targetUri);
    if (duration != null) {
      json.put("duration", duration);
    }
    return json;
  }
}
