package io.ariflow.sim.core;

import io.ariflow.sim.clock.AsteriskTime;
import io.ariflow.sim.clock.SimClock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Builders for every event body, with the field order of the real traces (for example ChannelVarset and
 * ChannelHangupRequest put their own fields before {@code type}). {@code asterisk_id} and
 * {@code application} are appended by the {@link Notifier}.
 */
public final class Events {

  private final SimClock clock;
  private final List<String> channelVars;
  private long nowMillis = Long.MIN_VALUE;
  private String nowText;

  public Events(SimClock clock, List<String> channelVars) {
    this.clock = clock;
    this.channelVars = channelVars;
  }

  /** The current timestamp text; formatted once per simulated millisecond, as many events share one. */
  public String now() {
    long millis = clock.now().toEpochMilli();
    if (millis != nowMillis) {
      nowMillis = millis;
      nowText = AsteriskTime.format(clock.now());
    }
    return nowText;
  }

  public JsonObject channel(Channel c) {
    return ChannelJson.of(c, channelVars);
  }

  public JsonObject base(String type) {
    return new JsonObject().put("type", type).put("timestamp", now());
  }

  public JsonObject onChannel(String type, Channel c) {
    return base(type).put("channel", channel(c));
  }

  public JsonObject stasisStart(Channel c, List<String> args) {
    return base("StasisStart").put("args", new JsonArray(List.copyOf(args))).put("channel", channel(c));
  }

  public JsonObject varset(Channel c, String variable, String value) {
    return new JsonObject().put("variable", variable).put("value", value).put("type", "ChannelVarset")
        .put("timestamp", now()).put("channel", channel(c));
  }

  /** {@code cause}/{@code soft} are omitted when null, as for a caller's BYE. */
  public JsonObject hangupRequest(Channel c, Integer cause, Boolean soft) {
    JsonObject json = new JsonObject();
    if (cause != null) {
      json.put("cause", cause);
    }
    if (soft != null) {
      json.put("soft", soft);
    }
    return json.put("type", "ChannelHangupRequest").put("timestamp", now()).put("channel", channel(c));
  }

  public JsonObject destroyed(Channel c, int cause) {
    return base("ChannelDestroyed").put("cause", cause).put("cause_txt", HangupCause.text(cause))
        .put("channel", channel(c));
  }

  public JsonObject dialplan(Channel c) {
    return base("ChannelDialplan").put("dialplan_app", c.appName).put("dialplan_app_data", c.appData)
        .put("channel", channel(c));
  }

  public JsonObject callerId(Channel c) {
    return base("ChannelCallerId").put("caller_presentation", 0)
        .put("caller_presentation_txt", "Presentation Allowed, Not Screened").put("channel", channel(c));
  }

  public JsonObject dtmf(Channel c, String digit, int durationMs) {
    return base("ChannelDtmfReceived").put("digit", digit).put("duration_ms", durationMs)
        .put("channel", channel(c));
  }

  public JsonObject hold(Channel c, String musicClass) {
    return base("ChannelHold").put("musicclass", musicClass).put("channel", channel(c));
  }

  public JsonObject talkingFinished(Channel c, long durationMs) {
    return new JsonObject().put("duration", durationMs).put("type", "ChannelTalkingFinished")
        .put("timestamp", now()).put("channel", channel(c));
  }

  /** Dial events never carry {@code caller}, even when /dial was given one (trace observation). */
  public JsonObject dial(Channel peer, String status, String dialstring) {
    return base("Dial").put("dialstatus", status).put("forward", "").put("dialstring", dialstring)
        .put("peer", channel(peer));
  }

  public JsonObject bridgeMembership(String type, Bridge b, Channel c) {
    return base(type).put("bridge", b.toJson()).put("channel", channel(c));
  }

  public JsonObject bridge(String type, Bridge b) {
    return base(type).put("bridge", b.toJson());
  }

  public JsonObject playback(String type, JsonObject playback) {
    return base(type).put("playback", playback);
  }

  public JsonObject recording(String type, JsonObject recording) {
    return base(type).put("recording", recording);
  }

  public JsonObject endpointState(JsonObject endpoint) {
    return base("EndpointStateChange").put("endpoint", endpoint);
  }

  public JsonObject peerStatus(JsonObject endpoint, String status) {
    return base("PeerStatusChange").put("endpoint", endpoint).put("peer", new JsonObject().put("peer_status", status));
  }

  public JsonObject contactStatus(JsonObject endpoint, String uri, String status, String aor) {
    return base("ContactStatusChange").put("endpoint", endpoint).put("contact_info", new JsonObject()
        .put("uri", uri).put("contact_status", status).put("aor", aor).put("roundtrip_usec", "0"));
  }
}
