package io.ariflow.flows.state;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.BridgeAttendedTransfer;
import io.ariflow.model.event.BridgeBlindTransfer;
import io.ariflow.model.event.BridgeCreated;
import io.ariflow.model.event.BridgeDestroyed;
import io.ariflow.model.event.BridgeMerged;
import io.ariflow.model.event.ChannelEnteredBridge;
import io.ariflow.model.event.ChannelLeftBridge;
import io.ariflow.model.resource.Bridge;
import io.ariflow.model.resource.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps ARI events to {@link BridgeSignal}s with {@code instanceof} patterns on the sealed event type. A
 * merge concerns both bridges and an attended transfer every bridge it names; other bridge events (video
 * source, recordings) change nothing here and map to nothing.
 */
public final class BridgeSignals {

  private BridgeSignals() {
  }

  /** One signal per bridge the event concerns, in field order; empty when it concerns none. */
  public static List<BridgeSignal> signalsOf(AriEvent event) {
    if (event instanceof ChannelEnteredBridge entered) {
      return member(entered.bridge(), BridgeInput.ENTERED, entered.channel());
    }
    if (event instanceof ChannelLeftBridge left) {
      return member(left.bridge(), BridgeInput.LEFT, left.channel());
    }
    if (event instanceof BridgeCreated created) {
      return plain(BridgeInput.ANNOUNCED, idOf(created.bridge()));
    }
    if (event instanceof BridgeDestroyed destroyed) {
      return plain(BridgeInput.DESTROYED, idOf(destroyed.bridge()));
    }
    if (event instanceof BridgeMerged merged) {
      return plain(BridgeInput.MERGED, idOf(merged.bridge()), idOf(merged.bridgeFrom()));
    }
    if (event instanceof BridgeBlindTransfer blind) {
      return plain(BridgeInput.TRANSFERRED, idOf(blind.bridge()));
    }
    if (event instanceof BridgeAttendedTransfer attended) {
      return plain(BridgeInput.TRANSFERRED, idOf(attended.transfererFirstLegBridge()),
          idOf(attended.transfererSecondLegBridge()), attended.destinationBridge(),
          idOf(attended.destinationThreewayBridge()));
    }
    return List.of();
  }

  /** What {@code event} means for bridge {@code bridgeId}, or empty when it does not concern it. */
  public static Optional<BridgeSignal> signalFor(AriEvent event, String bridgeId) {
    return signalsOf(event).stream().filter(signal -> signal.bridgeId().equals(bridgeId)).findFirst();
  }

  private static List<BridgeSignal> member(Bridge bridge, BridgeInput input, Channel channel) {
    String bridgeId = idOf(bridge);
    if (bridgeId == null) {
      return List.of();
    }
    Optional<String> channelId = Optional.ofNullable(channel).map(Channel::id);
    return List.of(new BridgeSignal(bridgeId, input, channelId));
  }

  private static List<BridgeSignal> plain(BridgeInput input, String... bridgeIds) {
    Map<String, BridgeSignal> byId = new LinkedHashMap<>();
    for (String bridgeId : bridgeIds) {
      if (bridgeId != null && !bridgeId.isEmpty()) {
        byId.putIfAbsent(bridgeId, new BridgeSignal(bridgeId, input, Optional.empty()));
      }
    }
    return List.copyOf(byId.values());
  }

  private static String idOf(Bridge bridge) {
    return bridge == null ? null : bridge.id();
  }
}
