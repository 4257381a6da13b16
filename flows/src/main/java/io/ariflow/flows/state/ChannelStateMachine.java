package io.ariflow.flows.state;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.resource.Channel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One channel's state, driven by ARI events through three tables: its ARI state ({@link ChannelStateTable}),
 * its life in our application ({@link ChannelLifeTable}) and its bridge membership
 * ({@link BridgeMembershipTable}). An event is checked against every table it concerns before any changes,
 * so an outcome is all or nothing. Not thread-safe by design: one call owner drives it.
 */
public final class ChannelStateMachine {

  private final String channelId;
  private final TransitionHistory history;
  private final StateCursor<AriChannelState, AriChannelState> state;
  private final StateCursor<ChannelLife, ChannelInput> life;
  private final StateCursor<BridgeMembership, ChannelInput> membership;
  private final Set<String> bridges = new LinkedHashSet<>();
  private OptionalInt hangupCause = OptionalInt.empty();

  private ChannelStateMachine(String channelId, AriChannelState initial, TransitionObserver observer) {
    this.channelId = channelId;
    this.history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
    this.state = new StateCursor<>(ChannelStateTable.TABLE, initial, history, observer);
    this.life = new StateCursor<>(ChannelLifeTable.TABLE, ChannelLife.KNOWN, history, observer);
    this.membership =
        new StateCursor<>(BridgeMembershipTable.TABLE, BridgeMembership.UNBRIDGED, history, observer);
  }

  /** A machine for a channel first seen as {@code snapshot} (an event's channel or a REST response). */
  public static ChannelStateMachine of(Channel snapshot) {
    return of(snapshot, TransitionObserver.NONE);
  }

  /** As {@link #of(Channel)}, reporting every applied row to {@code observer}. */
  public static ChannelStateMachine of(Channel snapshot, TransitionObserver observer) {
    return new ChannelStateMachine(snapshot.id(), AriChannelState.parse(snapshot.state()), observer);
  }

  /** Applies {@code event}: Ignored when it does not carry this channel, Illegal when it does not fit. */
  public Outcome apply(AriEvent event) {
    Optional<ChannelSignal> signal = ChannelSignals.signalFor(event, channelId);
    if (signal.isEmpty()) {
      return new Outcome.Ignored(event.type(), "does not carry channel " + channelId);
    }
    return apply(signal.get(), event.type() + " " + event.timestamp());
  }

  /** Applies an already mapped signal; {@code detail} names its cause in the history. */
  public Outcome apply(ChannelSignal signal, String detail) {
    if (!channelId.equals(signal.snapshot().id())) {
      return new Outcome.Ignored(detail, "signal for channel " + signal.snapshot().id() + ", not " + channelId);
    }
    ChannelInput input = signal.input();
    AriChannelState reported = AriChannelState.parse(signal.snapshot().state());
    Optional<IllegalTransition> refusal = refusal(signal, reported, detail);
    if (refusal.isPresent()) {
      return new Outcome.Illegal(refusal.get());
    }
    List<HistoryEntry> steps = new ArrayList<>();
    steps.add(state.apply(state.lookup(reported).orElseThrow(), detail));
    steps.add(life.apply(life.lookup(input).orElseThrow(), detail));
    if (input.movesBridge()) {
      steps.add(membership.apply(membership.lookup(input).orElseThrow(), detail));
    }
    record(signal);
    return new Outcome.Applied(steps);
  }

  /** Checks the signal against every table it concerns, so that nothing changes unless all accept it. */
  private Optional<IllegalTransition> refusal(ChannelSignal signal, AriChannelState reported, String detail) {
    ChannelInput input = signal.input();
    if (life.lookup(input).isEmpty()) {
      return Optional.of(life.refuse(channelId, input, detail));
    }
    if (state.lookup(reported).isEmpty()) {
      return Optional.of(state.refuse(channelId, reported, detail));
    }
    if (!input.movesBridge()) {
      return Optional.empty();
    }
    Optional<IllegalTransition> wrongBridge = checkBridge(input, signal.bridgeId(), detail);
    if (wrongBridge.isPresent() || membership.lookup(input).isPresent()) {
      return wrongBridge;
    }
    return Optional.of(membership.refuse(channelId, input, detail));
  }

  private Optional<IllegalTransition> checkBridge(ChannelInput input, Optional<String> bridgeId, String detail) {
    String reason = null;
    if (bridgeId.isEmpty()) {
      reason = "the event names no bridge";
    } else if (input == ChannelInput.ENTERED_BRIDGE && bridges.contains(bridgeId.get())) {
      reason = "already in bridge " + bridgeId.get();
    } else if (input == ChannelInput.LEFT_BRIDGE && !bridges.contains(bridgeId.get())) {
      reason = "not in bridge " + bridgeId.get() + " (in " + bridges + ")";
    }
    return Optional.ofNullable(reason).map(why -> new IllegalTransition(channelId,
        BridgeMembershipTable.TABLE.name(), membership.current(), input, detail, why, history.recent()));
  }

  private void record(ChannelSignal signal) {
    if (signal.input() == ChannelInput.ENTERED_BRIDGE) {
      bridges.add(signal.bridgeId().orElseThrow());
    } else if (signal.input() == ChannelInput.LEFT_BRIDGE) {
      bridges.remove(signal.bridgeId().orElseThrow());
    }
    if (signal.cause().isPresent() && signal.cause().getAsInt() != 0) {
      hangupCause = signal.cause();
    }
  }

  /** The channel id. */
  public String channelId() {
    return channelId;
  }

  /** The ARI channel state from the latest snapshot. */
  public AriChannelState state() {
    return state.current();
  }

  /** The channel's life in our application. */
  public ChannelLife life() {
    return life.current();
  }

  /** How many bridges the channel is in. */
  public BridgeMembership membership() {
    return membership.current();
  }

  /** The bridge the channel entered last and has not left, if any. */
  public Optional<String> bridgeId() {
    return bridges.stream().reduce((first, second) -> second);
  }

  /** The latest non-zero hangup cause from ChannelHangupRequest or ChannelDestroyed (0 means "not set"). */
  public OptionalInt hangupCause() {
    return hangupCause;
  }

  /** Whether commands to the channel can still succeed: it is in our Stasis app and not hanging up. */
  public boolean commandable() {
    return life.current() == ChannelLife.IN_STASIS;
  }

  /** Whether the channel is in our Stasis application (possibly hanging up). */
  public boolean inStasis() {
    ChannelLife current = life.current();
    return current == ChannelLife.IN_STASIS || current == ChannelLife.HANGUP_REQUESTED;
  }

  /**
   * Whether nothing more is to be expected: hung up (and out of Stasis) or destroyed, and out of every
   * bridge. A ChannelDestroyed may still follow a hung-up channel and is accepted.
   */
  public boolean finished() {
    ChannelLife current = life.current();
    boolean gone = current == ChannelLife.HUNG_UP || current == ChannelLife.DESTROYED;
    return gone && membership.current() == BridgeMembership.UNBRIDGED;
  }

  /** The most recent transitions, oldest first. */
  public List<HistoryEntry> history() {
    return history.recent();
  }

  @Override
  public String toString() {
    return "Channel[" + channelId + " " + life.current() + " " + state.current() + " bridges=" + bridges + "]";
  }
}
