package io.ariflow.sim.core;

import io.ariflow.sim.clock.AsteriskTime;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A Stasis bridge: members in join order plus pseudo participants (MOH announcer, recorder). */
public final class Bridge {

  final String id;
  final String name;
  final String bridgeType;
  final Instant created;
  String technology;
  final List<Channel> members = new ArrayList<>(2);
  final List<String> pseudo = new ArrayList<>(0);
  String mohName;
  String recorderName;
  ArrayDeque<Playback> playbackQueue;
  Playback playback;
  LiveRecording recording;
  boolean destroyed;

  Bridge(String id, String name, String bridgeType, Instant created) {
    this.id = id;
    this.name = name;
    this.bridgeType = bridgeType;
    this.created = created;
    this.technology = holding() ? "holding_bridge" : "simple_bridge";
  }

  public String id() {
    return id;
  }

  boolean holding() {
    return bridgeType.equals("holding");
  }

  ArrayDeque<Playback> queue() {
    if (playbackQueue == null) {
      playbackQueue = new ArrayDeque<>(2);
    }
    return playbackQueue;
  }

  /** Asterisk's smart bridge switches to softmix above two channels; re-evaluated after each change. */
  void reevaluateTechnology() {
    if (!holding()) {
      technology = members.size() > 2 ? "softmix" : "simple_bridge";
    }
  }

  public JsonObject toJson() {
    JsonArray ids = new JsonArray();
    members.forEach(m -> ids.add(m.id));
    return new JsonObject()
        .put("id", id)
        .put("technology", technology)
        .put("bridge_type", bridgeType)
        .put("bridge_class", "stasis")
        .put("creator", "Stasis")
        .put("name", name)
        .put("channels", ids)
        .put("creationtime", AsteriskTime.format(created))
        .put("video_mode", "talker");
  }
}
