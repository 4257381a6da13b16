package io.ariflow.app.flows;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what happened to one call (the timeline of each run, the fallback decisions) and logs it as one
 * INFO line when the call's handling ends: {@code call=<id> timeline: 10:55:52 call from ...; caller hung up}.
 */
final class CallStory {
  private static final Logger LOG = LoggerFactory.getLogger(CallStory.class);

  private final String callId;
  private final List<String> parts = new ArrayList<>();

  CallStory(String callId) {
    this.callId = callId;
  }

  void add(String part) {
    if (!part.isEmpty()) {
      parts.add(part);
    }
  }

  /** The story so far, parts joined by {@code " | "}. */
  String text() {
    return String.join(" | ", parts);
  }

  void log() {
    LOG.info("call={} timeline: {}", callId, text());
  }
}
