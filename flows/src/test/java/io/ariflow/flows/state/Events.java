package io.ariflow.flows.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.resource.Bridge;
import io.ariflow.model.resource.Channel;

/**
 * Builds ARI events for unit tests as the JSON Asterisk sends (field names as in the traces) and decodes
 * them with the production decoder, so tests do not depend on record constructor arity.
 */
final class Events {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AriEventDecoder DECODER = new AriEventDecoder();
  private static final String WHEN = "2026-11-22T07:30:23.963+0000";

  private Events() {
  }

  static ObjectNode channelJson(String id, String state) {
    return JSON.createObjectNode().put("id", id).put("name", "PJSIP/sipp-" + id).put("state", state)
        .put("creationtime", WHEN).put("language", "en");
  }

  static Channel channel(String id, String state) {
    return JSON.convertValue(channelJson(id, state), Channel.class);
  }

  static ObjectNode bridgeJson(String id, String... members) {
    ObjectNode bridge = JSON.createObjectNode().put("id", id).put("technology", "simple_bridge")
        .put("bridge_type", "mixing").put("bridge_class", "stasis").put("creator", "Stasis").put("name", "")
        .put("creationtime", WHEN);
    ArrayNode channels = bridge.putArray("channels");
    for (String member : members) {
      channels.add(member);
    }
    return bridge;
  }

  static Bridge bridge(String id, String... members) {
    return JSON.convertValue(bridgeJson(id, members), Bridge.class);
  }

  static ObjectNode event(String type) {
    return JSON.createObjectNode().put("type", type).put("timestamp", WHEN).put("application", "engine");
  }

  static AriEvent decode(ObjectNode event) {
    return DECODER.decode(event);
  }

  static AriEvent channelEvent(String type, String id, String state) {
    ObjectNode event = event(type);
    event.set("channel", channelJson(id, state));
    return decode(event);
  }

  static AriEvent stasisStart(String id, String state) {
    ObjectNode event = event("StasisStart");
    event.putArray("args").add("2000");
    event.set("channel", channelJson(id, state));
    return decode(event);
  }

  static AriEvent stasisEnd(String id) {
    return channelEvent("StasisEnd", id, "Up");
  }

  static AriEvent stateChange(String id, String state) {
    return channelEvent("ChannelStateChange", id, state);
  }

  static AriEvent hangupRequest(String id, Integer cause) {
    ObjectNode event = event("ChannelHangupRequest");
    if (cause != null) {
      event.put("cause", cause).put("soft", true);
    }
    event.set("channel", channelJson(id, "Up"));
    return decode(event);
  }

  static AriEvent destroyed(String id, int cause) {
    ObjectNode event = event("ChannelDestroyed").put("cause", cause).put("cause_txt", "Normal Clearing");
    event.set("channel", channelJson(id, "Up"));
    return decode(event);
  }

  static AriEvent entered(String bridgeId, String channelId, String... membersAfter) {
    return bridgeMove("ChannelEnteredBridge", bridgeId, channelId, membersAfter);
  }

  static AriEvent left(String bridgeId, String channelId, String... membersAfter) {
    return bridgeMove("ChannelLeftBridge", bridgeId, channelId, membersAfter);
  }

  private static AriEvent bridgeMove(String type, String bridgeId, String channelId, String... members) {
    ObjectNode event = event(type);
    event.set("bridge", bridgeJson(bridgeId, members));
    event.set("channel", channelJson(channelId, "Up"));
    return decode(event);
  }

  static AriEvent bridgeEvent(String type, String bridgeId) {
    ObjectNode event = event(type);
    event.set("bridge", bridgeJson(bridgeId));
    return decode(event);
  }

  static AriEvent merged(String bridgeId, String fromId) {
    ObjectNode event = event("BridgeMerged");
    event.set("bridge", bridgeJson(bridgeId));
    event.set("bridge_from", bridgeJson(fromId));
    return decode(event);
  }

  static AriEvent blindTransfer(String channelId, String bridgeId) {
    ObjectNode event = event("BridgeBlindTransfer").put("exten", "1000").put("context", "from-test")
        .put("result", "Success").put("is_external", false);
    event.set("channel", channelJson(channelId, "Up"));
    event.set("bridge", bridgeJson(bridgeId, channelId));
    return decode(event);
  }

  static AriEvent attendedTransfer(String firstLeg, String firstBridge, String secondLeg, String secondBridge) {
    ObjectNode event = event("BridgeAttendedTransfer").put("result", "Success").put("is_external", false)
        .put("destination_type", "bridge").put("destination_bridge", secondBridge);
    event.set("transferer_first_leg", channelJson(firstLeg, "Up"));
    event.set("transferer_second_leg", channelJson(secondLeg, "Up"));
    event.set("transferer_first_leg_bridge", bridgeJson(firstBridge, firstLeg));
    event.set("transferer_second_leg_bridge", bridgeJson(secondBridge, secondLeg));
    return decode(event);
  }

  static AriEvent dial(String peerId, String peerState, String callerId, String status) {
    ObjectNode event = event("Dial").put("dialstatus", status).put("dialstring", "");
    event.set("peer", channelJson(peerId, peerState));
    if (callerId != null) {
      event.set("caller", channelJson(callerId, "Ring"));
    }
    return decode(event);
  }

  static AriEvent replacingStasisStart(String id, String replacedId) {
    ObjectNode event = event("StasisStart");
    event.putArray("args");
    event.set("channel", channelJson(id, "Up"));
    event.set("replace_channel", channelJson(replacedId, "Up"));
    return decode(event);
  }

  static AriEvent globalVarset() {
    return decode(event("ChannelVarset").put("variable", "GLOBAL_X").put("value", "1"));
  }

  static AriEvent playbackStarted() {
    ObjectNode event = event("PlaybackStarted");
    event.putObject("playback").put("id", "pb-1").put("media_uri", "sound:beep")
        .put("target_uri", "channel:c1").put("language", "en").put("state", "playing");
    return decode(event);
  }
}
