package io.ariflow.flows.state;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.resource.Bridge;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One bridge's state and member set, driven by ARI events and by the owner's DELETE result: BridgeDestroyed
 * only arrives while the app is still subscribed to the bridge (traces README), so a 204 or 404 to DELETE
 * is the owner's proof of destruction. Entering twice or leaving as a non-member is reported as illegal.
 * Not thread-safe by design: one bridge owner drives it.
 */
public final class BridgeStateMachine {

  private final String bridgeId;
  private final TransitionHistory history;
  private final StateCursor<BridgeState, BridgeInput> state;
  private final Set<String> members = new LinkedHashSet<>();

  private BridgeStateMachine(String bridgeId, BridgeState initial, TransitionObserver observer) {
    this.bridgeId = bridgeId;
    this.history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
    this.state = new StateCursor<>(BridgeTable.TABLE, initial, history, observer);
  }

  /** A machine for a bridge just created (POST /bridges answered) or first seen in an event. */
  public static BridgeStateMachine create(String bridgeId) {
    return create(bridgeId, TransitionObserver.NONE);
  }

  /** As {@link #create(String)}, reporting every applied row to {@code observer}. */
  public static BridgeStateMachine create(String bridgeId, TransitionObserver observer) {
    return new BridgeStateMachine(bridgeId, BridgeState.CREATED, observer);
  }

  /** A machine seeded from a snapshot (GET /bridges/{id}), for a bridge that may already have members. */
  public static BridgeStateMachine of(Bridge snapshot, TransitionObserver observer) {
    List<String> channels = snapshot.channels() == null ? List.of() : snapshot.channels();
    BridgeState initial = channels.isEmpty() ? BridgeState.CREATED : BridgeState.ACTIVE;
    BridgeStateMachine machine = new BridgeStateMachine(snapshot.id(), initial, observer);
    machine.members.addAll(channels);
    return machine;
  }

  /** Applies {@code event}: Ignored when it does not concern this bridge, Illegal when it does not fit. */
  public Outcome apply(AriEvent event) {
    Optional<BridgeSignal> signal = BridgeSignals.signalFor(event, bridgeId);
    if (signal.isEmpty()) {
      return new Outcome.Ignored(event.type(), "does not concern bridge " + bridgeId);
    }
    return apply(signal.get(), event.type() + " " + event.timestamp());
  }

  /** Records that the owner's DELETE answered 204 or 404 (the bridge is gone either way). */
  public Outcome markDeleted(String detail) {
    return apply(new BridgeSignal(bridgeId, BridgeInput.DELETED, Optional.empty()), detail);
  }

  /** Applies an already mapped signal; {@code detail} names its cause in the history. */
  public Outcome apply(BridgeSignal signal, String detail) {
    if (!bridgeId.equals(signal.bridgeId())) {
      return new Outcome.Ignored(detail, "signal for bridge " + signal.bridgeId() + ", not " + bridgeId);
    }
    Optional<String> wrongMember = checkMember(signal);
    if (wrongMember.isPresent()) {
      return new Outcome.Illegal(new IllegalTransition(bridgeId, BridgeTable.TABLE.name(), state.current(),
          signal.input(), detail, wrongMember.get(), history.recent()));
    }
    BridgeInput input = inputFor(signal);
    Optional<Transition<BridgeState, BridgeInput>> row = state.lookup(input);
    if (row.isEmpty()) {
      return new Outcome.Illegal(state.refuse(bridgeId, input, detail));
    }
    HistoryEntry step = state.apply(row.get(), detail);
    signal.channelId().ifPresent(channel -> move(signal.input(), channel));
    return new Outcome.Applied(List.of(step));
  }

  private Optional<String> checkMember(BridgeSignal signal) {
    boolean moves = signal.input() == BridgeInput.ENTERED || signal.input() == BridgeInput.LEFT;
    if (!moves) {
      return Optional.empty();
    }
    if (signal.channelId().isEmpty()) {
      return Optional.of("the event names no channel");
    }
    String channel = signal.channelId().get();
    if (signal.input() == BridgeInput.ENTERED && members.contains(channel)) {
      return Optional.of("channel " + channel + " is already a member");
    }
    if (signal.input() == BridgeInput.LEFT && !members.contains(channel)) {
      return Optional.of("channel " + channel + " is not a member (members " + members + ")");
    }
    return Optional.empty();
  }

  private BridgeInput inputFor(BridgeSignal signal) {
    boolean lastLeaves = signal.input() == BridgeInput.LEFT && members.size() == 1;
    return lastLeaves ? BridgeInput.LAST_LEFT : signal.input();
  }

  private void move(BridgeInput input, String channel) {
    if (input == BridgeInput.ENTERED) {
      members.add(channel);
    } else {
      members.remove(channel);
    }
  }

  /** The bridge id. */
  public String bridgeId() {
    return bridgeId;
  }

  /** The bridge's state. */
  public BridgeState state() {
    return state.current();
  }

  /** The channels currently in the bridge, in the order they entered. */
  public Set<String> members() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(members));
  }

  /** Whether the bridge is gone (BridgeDestroyed, or DELETE answered 204/404). */
  public boolean destroyed() {
    return state.current() == BridgeState.DESTROYED;
  }

  /** The most recent transitions, oldest first. */
  public List<HistoryEntry> history() {
    return history.recent();
  }

  @Override
  public String toString() {
    return "Bridge[" + bridgeId + " " + state.current() + " members=" + members + "]";
  }
}
