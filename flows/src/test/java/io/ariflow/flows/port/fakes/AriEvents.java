package io.ariflow.flows.port.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.json.AriEventDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * ARI events for tests, built from events Asterisk 22 really sent (copied verbatim from the shared traces into
 * {@code trace-events.json}, checked against them by {@code TraceEventTemplatesTest}) with only the ids
 * changed, and decoded by the production decoder.
 */
public final class AriEvents {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AriEventDecoder DECODER = new AriEventDecoder();
  private static final JsonNode TEMPLATES = load();

  private AriEvents() {
  }

  /** The raw templates: name -> {source, seq, event}. */
  public static JsonNode templates() {
    return TEMPLATES;
  }

  /** StasisStart of a dialplan-entered caller (sip-ivr-menu). */
  public static AriEvent stasisStart(String channelId) {
    return channelEvent("StasisStart", channelId);
  }

  /** ChannelStateChange to {@code state}. */
  public static AriEvent stateChange(String channelId, String state) {
    ObjectNode event = template("ChannelStateChange");
    channel(event, channelId).put("state", state);
    return decode(event);
  }

  /** PlaybackStarted of our playback on {@code targetUri}. */
  public static AriEvent playbackStarted(String playbackId, String targetUri) {
    return playback("PlaybackStarted", playbackId, targetUri, "playing");
  }

  /** PlaybackFinished with state {@code done} or {@code failed}. */
  public static AriEvent playbackFinished(String playbackId, String targetUri, String state) {
    return playback("PlaybackFinished", playbackId, targetUri, state);
  }

  /** ChannelDtmfReceived of one digit. */
  public static AriEvent dtmf(String channelId, String digit) {
    ObjectNode event = template("ChannelDtmfReceived");
    event.put("digit", digit);
    channel(event, channelId);
    return decode(event);
  }

  /** ChannelHangupRequest without a cause, as for a caller's BYE. */
  public static AriEvent hangupRequest(String channelId) {
    return channelEvent("ChannelHangupRequest", channelId);
  }

  /** ChannelHangupRequest with a cause (and soft), as for a hangup we asked for. */
  public static AriEvent hangupRequest(String channelId, int cause) {
    ObjectNode event = template("ChannelHangupRequestWithCause");
    event.put("cause", cause);
    channel(event, channelId);
    return decode(event);
  }

  /** StasisEnd. */
  public static AriEvent stasisEnd(String channelId) {
    return channelEvent("StasisEnd", channelId);
  }

  /** ChannelDestroyed with {@code cause}. */
  public static AriEvent channelDestroyed(String channelId, int cause) {
    ObjectNode event = template("ChannelDestroyed");
    event.put("cause", cause);
    channel(event, channelId);
    return decode(event);
  }

  /** Dial for {@code peerId}: status "" is the event carrying the dial string. */
  public static AriEvent dial(String peerId, String status) {
    ObjectNode event = template(switch (status) {
      case "" -> "DialString";
      case "BUSY" -> "DialBusy";
      case "ANSWER" -> "DialAnswer";
      default -> "DialRinging";
    });
    event.put("dialstatus", status);
    ((ObjectNode) event.get("peer")).put("id", peerId);
    return decode(event);
  }

  /** ChannelEnteredBridge. */
  public static AriEvent enteredBridge(String bridgeId, String channelId) {
    ObjectNode event = template("ChannelEnteredBridge");
    ((ObjectNode) event.get("bridge")).put("id", bridgeId);
    channel(event, channelId);
    return decode(event);
  }

  /** ChannelLeftBridge. */
  public static AriEvent leftBridge(String bridgeId, String channelId) {
    ObjectNode event = template("ChannelLeftBridge");
    ((ObjectNode) event.get("bridge")).put("id", bridgeId);
    channel(event, channelId);
    return decode(event);
  }

  /** BridgeDestroyed. */
  public static AriEvent bridgeDestroyed(String bridgeId) {
    ObjectNode event = template("BridgeDestroyed");
    ((ObjectNode) event.get("bridge")).put("id", bridgeId);
    return decode(event);
  }

  /** RecordingStarted. */
  public static AriEvent recordingStarted(String name, String targetUri) {
    return recording("RecordingStarted", "RecordingStarted", name, targetUri, "recording");
  }

  /** RecordingFinished with its duration in seconds. */
  public static AriEvent recordingFinished(String name, String targetUri, int seconds) {
    ObjectNode event = recordingJson("RecordingFinished", "RecordingFinished", name, targetUri, "done");
    ((ObjectNode) event.get("recording")).put("duration", seconds);
    return decode(event);
  }

  /** RecordingFailed (no trace has one: the RecordingFinished shape with the failed type and state). */
  public static AriEvent recordingFailed(String name, String targetUri) {
    return recording("RecordingFinished", "RecordingFailed", name, targetUri, "failed");
  }

  /** A deep copy of the template's event. */
  public static ObjectNode template(String name) {
    JsonNode entry = TEMPLATES.get(name);
    if (entry == null) {
      throw new IllegalArgumentException("no event template " + name);
    }
    return entry.get("event").deepCopy();
  }

  private static AriEvent channelEvent(String name, String channelId) {
    ObjectNode event = template(name);
    channel(event, channelId);
    return decode(event);
  }

  private static AriEvent playback(String name, String playbackId, String targetUri, String state) {
    ObjectNode event = template(name);
    ((ObjectNode) event.get("playback")).put("id", playbackId).put("target_uri", targetUri).put("state", state);
    return decode(event);
  }

  private static AriEvent recording(String name, String type, String recording, String target, String state) {
    return decode(recordingJson(name, type, recording, target, state));
  }

  private static ObjectNode recordingJson(String name, String type, String recording, String target, String state) {
    ObjectNode event = template(name);
    event.put("type", type);
    ((ObjectNode) event.get("recording")).put("name", recording).put("target_uri", target).put("state", state);
    return event;
  }

  private static ObjectNode channel(ObjectNode event, String channelId) {
    return ((ObjectNode) event.get("channel")).put("id", channelId);
  }

  private static AriEvent decode(ObjectNode event) {
    return DECODER.decode(event);
  }

  private static JsonNode load() {
    try (InputStream in = AriEvents.class.getResourceAsStream("trace-events.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
