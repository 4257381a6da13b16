package io.ariflow.flows.conference.command;

import java.util.Objects;

/**
 * Where a prompt or music on hold goes: to a whole bridge (everyone in it hears it) or to one channel (only that
 * party hears it, also while it sits in a bridge).
 */
public sealed interface Target permits Target.Bridge, Target.Channel {

  /** A target for bridge {@code bridgeId}. */
  static Target bridge(String bridgeId) {
    return new Bridge(bridgeId);
  }

  /** A target for channel {@code channelId}. */
  static Target channel(String channelId) {
    return new Channel(channelId);
  }

  /** The bridge or channel id. */
  String id();

  /**
   * A mixing bridge: ARI {@code /bridges/{id}/play} or {@code /bridges/{id}/moh}.
   *
   * @param id the bridge id
   */
  record Bridge(String id) implements Target {
    /** Rejects a null id. */
    public Bridge {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * One channel: ARI {@code /channels/{id}/play} or {@code /channels/{id}/moh}.
   *
   * @param id the channel id
   */
  record Channel(String id) implements Target {
    /** Rejects a null id. */
    public Channel {
      Objects.requireNonNull(id, "id");
    }
  }
}
