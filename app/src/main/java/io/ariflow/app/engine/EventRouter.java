package io.ariflow.app.engine;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.HasBridge;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.HasPlayback;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.json.AriDecodeException;
import io.ariflow.model.json.AriEventDecoder;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each frame of the events WebSocket and hands the event to the owners it concerns: the call
 * of each channel it carries, the bridge it names. A frame that cannot be decoded is logged and
 * skipped; it never stops the stream or touches a call.
 */
final class EventRouter {
  private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);
  private static final String CHANNEL_URI = "channel:";

  private final AriEventDecoder decoder;
  private final Calls calls;
  private final Bridges bridges;
  private String lastTimestamp;
  private long undecodable;

  EventRouter(AriEventDecoder decoder, Calls calls, Bridges bridges) {
    this.decoder = decoder;
    this.calls = calls;
    this.bridges = bridges;
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
    if (event instanceof StasisStart start) {
      calls.stasisStart(start);
    } else if (event instanceof HasChannel withChannel && withChannel.channel() != null) {
      calls.route(withChannel.channel().id(), event);
    }
    if (event instanceof Dial dial) {
      routeDial(dial);
    }
    if (event instanceof HasPlayback withPlayback && withPlayback.playback() != null) {
      channelOf(withPlayback.playback().targetUri()).ifPresent(id -> calls.route(id, event));
    }
    if (event instanceof HasBridge withBridge && withBridge.bridge() != null) {
      bridges.route(withBridge.bridge().id(), event);
    }
  }

  private void routeDial(Dial dial) {
    if (dial.peer() != null) {
      calls.route(dial.peer().id(), dial);
    }
    if (dial.caller() != null) {
      calls.route(dial.caller().id(), dial);
    }
  }

  private static Optional<String> channelOf(String targetUri) {
    return targetUri != null && targetUri.startsWith(CHANNEL_URI)
        ? Optional.of(targetUri.substring(CHANNEL_URI.length()))
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
