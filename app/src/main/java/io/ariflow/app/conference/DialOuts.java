package io.ariflow.app.conference;

import io.ariflow.flows.conference.room.Caller;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.resource.Channel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The participants rooms are dialling, by channel id, until they answer (their StasisStart: they join) or give up
 * before answering (busy, no answer, failed: the room is told). Originate puts the channel in Stasis only once
 * answered, so a hangup before that is always a failed dial-out.
 */
final class DialOuts {

  private final Map<String, String> roomOf = new HashMap<>();

  void dialling(String channelId, String room) {
    roomOf.put(channelId, room);
  }

  /** The room dialling {@code channelId}, and forgets it. */
  Optional<String> settle(String channelId) {
    return Optional.ofNullable(roomOf.remove(channelId));
  }

  boolean isDialling(String channelId) {
    return roomOf.containsKey(channelId);
  }

  /** Forgets every dial of {@code room} (it ended; it hung them up itself). */
  void forgetRoom(String room) {
    roomOf.values().removeIf(room::equals);
  }

  /** Why a dialled channel went away before answering, from its end event; empty for other events. */
  static Optional<String> failure(AriEvent event) {
    if (event instanceof ChannelDestroyed destroyed) {
      return Optional.of(reason(destroyed.cause(), destroyed.causeTxt()));
    }
    if (event instanceof ChannelHangupRequest hangup) {
      return Optional.of(reason(hangup.cause(), null));
    }
    return event instanceof StasisEnd ? Optional.of("hung up") : Optional.empty();
  }

  private static String reason(Integer cause, String text) {
    if (cause == null) {
      return "hung up";
    }
    return switch (cause) {
      case 17 -> "busy";
      case 18, 19 -> "no answer";
      default -> text != null && !text.isEmpty() ? text : "failed (cause " + cause + ")";
    };
  }

  /** The caller id of an answered participant. */
  static Caller callerOf(Channel channel) {
    return channel.caller() == null ? new Caller("", "")
        : new Caller(text(channel.caller().name()), text(channel.caller().number()));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
