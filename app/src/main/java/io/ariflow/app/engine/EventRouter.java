package io.ariflow.app.engine;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.DeviceStateChanged;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.EndpointStateChange;
import io.ariflow.model.event.HasBridge;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.HasPlayback;
import io.ariflow.model.event.HasRecording;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.json.AriDecodeException;
import io.ariflow.model.json.AriEventDecoder;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each frame of the events WebSocket and hands the event to the owners it concerns: the call
 * of each channel it carries, the call that claimed the bridge, playback or recording it names, the
 * bridge's state machine, and the other owners of objects ({@link ObjectOwners}: rooms, supervision). Each
 * call and owner receives an event once, however many of its objects the event names (ChannelEnteredBridge
 * names a leg and a bridge of the same call). The other owners hear an event first: a room must not take the
 * {@code #} that ends a member's PIN for a menu key just because the member's flow admitted it a moment before. A frame that cannot be
 * decoded is logged and skipped; it never stops the stream or touches a call.
 */
final class EventRouter {
  private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);
  private static final String CHANNEL_URI = "channel:";
  private static final String BRIDGE_URI = "bridge:";

  private final AriEventDecoder decoder;
  private final Calls calls;
  private final Bridges bridges;
  private final ObjectOwners objects;
  private String lastTimestamp;
  private long undecodable;

  EventRouter(AriEventDecoder decoder, Calls calls, Bridges bridges) {
    this(decoder, calls, bridges, new ObjectOwners());
  }

  EventRouter(AriEventDecoder decoder, Calls calls, Bridges bridges, ObjectOwners objects) {
    this.decoder = decoder;
    this.calls = calls;
    this.bridges = bridges;
    this.objects = objects;
  }

  /** Handles one frame, in arrival order. */
  void onFrame(String frame) {
    AriEvent event;
    try {
      event = decoder.decode(frame);
    } catch (AriDecodeException e) {
      undecodable++;
      LOG.warn("skipped an ARI event that cannot be decoded ({} so far): {}", undecodable, e.getMessage());
      return;
    }
    route(event);
  }

  void route(AriEvent event) {
    if (event.timestamp() != null) {
      lastTimestamp = event.timestamp();
    }
    if (event instanceof HasBridge withBridge && withBridge.bridge() != null) {
      bridges.route(withBridge.bridge().id(), event);
    }
    Set<String> ids = idsOf(event);
    if (event instanceof StasisStart start && start.channel() != null) {
      stasisStart(start, ids);
      return;
    }
    objects.deliver(ids, event);
    Set<Call> owners = new LinkedHashSet<>();
    ids.forEach(id -> calls.owner(id).ifPresent(owners::add));
    for (Call owner : owners) {
      calls.deliver(owner, event);
    }
  }

  /**
   * A channel entering Stasis is a new call, unless a call or another owner (a room dialling a participant, a
   * supervision session making a snoop) created it: then it goes to its creator.
   */
  private void stasisStart(StasisStart start, Set<String> ids) {
    String channelId = start.channel().id();
    if (calls.owner(channelId).isEmpty() && objects.claimed(channelId)) {
      objects.deliver(ids, start);
      return;
    }
    calls.stasisStart(start);
  }

  /**
   * Every id the event names: channels, dial peers, playbacks, recordings and their targets, bridges; an
   * endpoint or device state names {@code endpoint:<tech/resource>} or {@code deviceState:<name>} (lower case).
   */
  private static Set<String> idsOf(AriEvent event) {
    Set<String> ids = new LinkedHashSet<>();
    if (event instanceof EndpointStateChange change && change.endpoint() != null) {
      String endpoint = change.endpoint().technology() + "/" + change.endpoint().resource();
      ids.add("endpoint:" + endpoint.toLowerCase(Locale.ROOT));
    }
    if (event instanceof DeviceStateChanged change && change.deviceState() != null) {
      ids.add("deviceState:" + String.valueOf(change.deviceState().name()).toLowerCase(Locale.ROOT));
    }
    if (event instanceof HasChannel withChannel && withChannel.channel() != null) {
      ids.add(withChannel.channel().id());
    }
    if (event instanceof Dial dial) {
      Optional.ofNullable(dial.peer()).ifPresent(peer -> ids.add(peer.id()));
      Optional.ofNullable(dial.caller()).ifPresent(caller -> ids.add(caller.id()));
    }
    if (event instanceof HasPlayback withPlayback && withPlayback.playback() != null) {
      ids.add(withPlayback.playback().id());
      target(withPlayback.playback().targetUri()).ifPresent(ids::add);
    }
    if (event instanceof HasRecording withRecording && withRecording.recording() != null) {
      ids.add(withRecording.recording().name());
      target(withRecording.recording().targetUri()).ifPresent(ids::add);
    }
    if (event instanceof HasBridge withBridge && withBridge.bridge() != null) {
      ids.add(withBridge.bridge().id());
    }
    return ids;
  }

  /** The channel or bridge id of a {@code channel:<id>} or {@code bridge:<id>} target. */
  private static Optional<String> target(String targetUri) {
    if (targetUri == null) {
      return Optional.empty();
    }
    if (targetUri.startsWith(CHANNEL_URI)) {
      return Optional.of(targetUri.substring(CHANNEL_URI.length()));
    }
    return targetUri.startsWith(BRIDGE_URI)
        ? Optional.of(targetUri.substring(BRIDGE_URI.length()))
        : Optional.empty();
  }

  /** The ARI timestamp of the last event received, Asterisk's own clock; null before the first. */
  String lastTimestamp() {
    return lastTimestamp;
  }

  long undecodable() {
    return undecodable;
  }
}
