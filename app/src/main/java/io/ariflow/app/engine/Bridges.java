package io.ariflow.app.engine;

import io.ariflow.flows.state.BridgeStateMachine;
import io.ariflow.flows.state.Outcome;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.resource.Bridge;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridges our application sees, each with its state machine, fed in event order. BridgeDestroyed
 * does not always arrive (Asterisk sends it only while the app is subscribed to the bridge), so a
 * bridge is also closed when a reconciliation no longer finds it.
 */
final class Bridges {
  private static final Logger LOG = LoggerFactory.getLogger(Bridges.class);

  private static final int RECENTLY_DESTROYED = 1024;

  private final Map<String, BridgeStateMachine> byId = new HashMap<>();
  /** Late events (a ChannelLeftBridge after BridgeDestroyed) still reach the machine, not a new one. */
  private final Map<String, BridgeStateMachine> recentlyDestroyed = new LinkedHashMap<>() {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, BridgeStateMachine> eldest) {
      return size() > RECENTLY_DESTROYED;
    }
  };

  /** Applies an event to the bridge it names, creating the machine on first sight. */
  void route(String bridgeId, AriEvent event) {
    BridgeStateMachine late = recentlyDestroyed.get(bridgeId);
    BridgeStateMachine machine = late != null ? late : byId.computeIfAbsent(bridgeId, BridgeStateMachine::create);
    Outcome outcome = machine.apply(event);
    if (outcome instanceof Outcome.Illegal illegal) {
      LOG.warn("bridge={} event {} does not fit the bridge's state; not applied: {}", bridgeId, event.type(),
          illegal.transition());
    }
    if (machine.destroyed() && byId.remove(bridgeId) != null) {
      recentlyDestroyed.put(bridgeId, machine);
    }
  }

  /** Replaces the picture with what Asterisk reports; returns how many bridges are tracked afterwards. */
  int reconcile(List<String> appBridgeIds, List<Bridge> snapshots) {
    Set<String> ours = Set.copyOf(appBridgeIds);
    Map<String, Bridge> present = snapshots.stream().filter(b -> ours.contains(b.id()))
        .collect(Collectors.toMap(Bridge::id, b -> b, (a, b) -> a));
    byId.keySet().removeIf(id -> !present.containsKey(id));
    present.values().forEach(b -> byId.put(b.id(), BridgeStateMachine.of(b, TransitionObserver.NONE)));
    return byId.size();
  }

  int size() {
    return byId.size();
  }
}
