package io.ariflow.flows.state;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.BridgeAttendedTransfer;
import io.ariflow.model.event.BridgeBlindTransfer;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelEnteredBridge;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.ChannelLeftBridge;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.resource.Channel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps ARI events to {@link ChannelSignal}s with {@code instanceof} patterns on the sealed event type. An
 * event carrying several channels (Dial's peer and caller, a Local pair's replacement, transfer legs)
 * concerns each of them; only the {@code channel} of a lifecycle event gets the lifecycle input, the
 * others are OBSERVED.
 */
public final class ChannelSignals {

  private ChannelSignals() {
  }

  /** Every channel the event carries, without duplicates, in field order; empty for non-channel events. */
  public static List<Channel> channelsOf(AriEvent event) {
    List<Channel> found = new ArrayList<>();
    if (event instanceof HasChannel has) {
      found.add(has.channel());
    }
    if (event instanceof StasisStart start) {
      found.add(start.replaceChannel());
    } else if (event instanceof Dial dial) {
      found.addAll(listOf(dial.peer(), dial.caller(), dial.forwarded()));
    } else if (event instanceof BridgeBlindTransfer blind) {
      found.addAll(listOf(blind.replaceChannel(), blind.transferee()));
    } else if (event instanceof BridgeAttendedTransfer attended) {
      found.addAll(attendedLegs(attended));
    }
    return distinct(found);
  }

  /** What {@code event} means for channel {@code channelId}, or empty when it does not carry that channel. */
  public static Optional<ChannelSignal> signalFor(AriEvent event, String channelId) {
    for (Channel channel : channelsOf(event)) {
      if (channelId.equals(channel.id())) {
        return Optional.of(signal(event, channel, isSubject(event, channelId)));
      }
    }
    return Optional.empty();
  }

  private static boolean isSubject(AriEvent event, String channelId) {
    return event instanceof HasChannel has && has.channel() != null && channelId.equals(has.channel().id());
  }

  private static ChannelSignal signal(AriEvent event, Channel channel, boolean subject) {
    if (!subject) {
      return ChannelSignal.of(ChannelInput.OBSERVED, channel);
    }
    if (event instanceof StasisStart) {
      return ChannelSignal.of(ChannelInput.STASIS_START, channel);
    }
    if (event instanceof StasisEnd) {
      return ChannelSignal.of(ChannelInput.STASIS_END, channel);
    }
    if (event instanceof ChannelEnteredBridge entered) {
      return bridgeMove(ChannelInput.ENTERED_BRIDGE, channel, entered.bridge().id());
    }
    if (event instanceof ChannelLeftBridge left) {
      return bridgeMove(ChannelInput.LEFT_BRIDGE, channel, left.bridge().id());
    }
    if (event instanceof ChannelHangupRequest hangup) {
      return hangup(ChannelInput.HANGUP_REQUESTED, channel, hangup.cause());
    }
    if (event instanceof ChannelDestroyed destroyed) {
      return hangup(ChannelInput.DESTROYED, channel, destroyed.cause());
    }
    return ChannelSignal.of(ChannelInput.OBSERVED, channel);
  }

  private static ChannelSignal bridgeMove(ChannelInput input, Channel channel, String bridgeId) {
    return new ChannelSignal(input, channel, Optional.ofNullable(bridgeId), OptionalInt.empty());
  }

  private static ChannelSignal hangup(ChannelInput input, Channel channel, Integer cause) {
    OptionalInt value = cause == null ? OptionalInt.empty() : OptionalInt.of(cause);
    return new ChannelSignal(input, channel, Optional.empty(), value);
  }

  private static List<Channel> attendedLegs(BridgeAttendedTransfer event) {
    return listOf(event.transfererFirstLeg(), event.transfererSecondLeg(), event.replaceChannel(),
        event.transferee(), event.transferTarget(), event.destinationLinkFirstLeg(),
        event.destinationLinkSecondLeg(), event.destinationThreewayChannel());
  }

  private static List<Channel> listOf(Channel... channels) {
    return Arrays.asList(channels);
  }

  private static List<Channel> distinct(List<Channel> channels) {
    Map<String, Channel> byId = new LinkedHashMap<>();
    for (Channel channel : channels) {
      if (channel != null && channel.id() != null) {
        byId.putIfAbsent(channel.id(), channel);
      }
    }
    return List.copyOf(byId.values());
  }
}
