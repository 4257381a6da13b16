package io.ariflow.sim.core;

import io.vertx.core.json.JsonObject;
import java.util.List;

/** One playback: a list of media URIs played in turn on a channel or a bridge. */
final class Playback {

  final String id;
  final List<String> media;
  final String targetUri;
  final String language;
  final Channel channel;
  final Bridge bridge;
  int index;
  String state = "queued";
  long timer = -1;
  long itemStartedMillis;
  long itemLengthMs;
  long remainingMs;

  Playback(String id, List<String> media, String language, Channel channel, Bridge bridge) {
    this.id = id;
    this.media = media;
    this.language = language;
    this.channel = channel;
    this.bridge = bridge;
    this.targetUri = channel != null ? "channel:" + channel.id : "bridge:" + bridge.id;
  }

  boolean hasNext() {
    return index + 1 < media.size();
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", id).put("media_uri", media.get(index));
    if (hasNext()) {
      json.put("next_media_uri", media.get(index + 1));
    }
    return json.put("target_uri", targetUri).put("language", language).put("state", state);
  }
}
