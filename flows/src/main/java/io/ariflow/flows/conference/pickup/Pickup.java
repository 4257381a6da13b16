package io.ariflow.flows.conference.pickup;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.HistoryEntry;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.Transition;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One ringing call that may be picked up. The claim hangs the rung legs up ("answered elsewhere"), answers the
 * caller if needed and bridges it with the picker, and tells the owner to stop; once bridged, whoever hangs up
 * first ends the conversation: the bridge is destroyed and the other party goes back to its flow, as a dialled
 * callee hanging up does. A caller vanishing during the claim leaves the
 * picker to its flow; a picker vanishing then hangs the caller up, whose ringing was already cancelled. One owner
 * (the {@link PickupBoard}).
 */
public final class Pickup {

  private final RingingCall call;
  private final IdGenerator ids;
  private final TransitionHistory history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
  private final StateCursor<PickupState, PickupInput> state;
  private String picker;
  private String bridgeId;

  Pickup(RingingCall call, IdGenerator ids, TransitionObserver observer) {
    this.call = call;
    this.ids = ids;
    this.state = new StateCursor<>(PickupTable.TABLE, PickupState.RINGING, history, observer);
  }

  /** {@code pickerChannel} claims the call. */
  PickupDecision pick(String pickerChannel) {
    if (state.current() != PickupState.RINGING) {
      boolean taken = state.current() == PickupState.PICKING || state.current() == PickupState.PICKED_UP;
      return PickupDecision.outcome(taken ? PickupOutcome.ALREADY_PICKED : PickupOutcome.NOTHING_TO_PICK_UP);
    }
    HistoryEntry step = state.apply(state.lookup(PickupInput.PICK).orElseThrow(), "picked up by " + pickerChannel);
    picker = pickerChannel;
    bridgeId = ids.next("bridge");
    List<Command> commands = new ArrayList<>();
    call.ringingLegs().forEach(leg -> commands.add(new Command.HangUp(leg, "answered_elsewhere")));
    if (!call.callerAnswered()) {
      commands.add(new Command.Answer(call.callerChannel()));
    }
    commands.add(new Command.CreateBridge(bridgeId, "pickup-" + call.callId()));
    commands.add(new Command.AddToBridge(bridgeId, call.callerChannel()));
    commands.add(new Command.AddToBridge(bridgeId, pickerChannel));
    return new PickupDecision(commands, Optional.empty(), Optional.of(call.callId()), List.of(step),
        Optional.empty());
  }

  /** The picker's channel, once claimed. */
  public Optional<String> picker() {
    return Optional.ofNullable(picker);
  }

  /** The pickup bridge, once claimed. */
  public Optional<String> bridgeId() {
    return Optional.ofNullable(bridgeId);
  }

  /** Handles one event of the call. */
  PickupDecision handle(PickupMessage message) {
    PickupInput input = inputFor(message);
    Optional<Transition<PickupState, PickupInput>> row = state.lookup(input);
    if (row.isEmpty()) {
      return PickupDecision.illegal(state.refuse(call.callId(), input, message.toString()));
    }
    PickupState before = state.current();
    HistoryEntry step = state.apply(row.get(), message.toString());
    List<Command> commands = new ArrayList<>();
    Optional<PickupOutcome> outcome = consequences(before, message, commands);
    return new PickupDecision(commands, outcome, Optional.empty(), List.of(step), Optional.empty());
  }

  private Optional<PickupOutcome> consequences(PickupState before, PickupMessage message, List<Command> commands) {
    if (message instanceof PickupMessage.Bridged) {
      return Optional.of(PickupOutcome.PICKED_UP);
    }
    if (message instanceof PickupMessage.LegAnswered answered && before == PickupState.PICKING) {
      commands.add(new Command.HangUp(answered.legChannel(), "answered_elsewhere"));
      return Optional.empty();
    }
    boolean callerGone = message instanceof PickupMessage.CallerGone;
    boolean pickerGone = message instanceof PickupMessage.PickerGone;
    if (!(callerGone || pickerGone) || before == PickupState.RINGING) {
      return Optional.empty();
    }
    boolean connected = before == PickupState.PICKED_UP;
    if (pickerGone && !connected) {
      commands.add(new Command.HangUp(call.callerChannel(), "normal"));
    }
    commands.add(new Command.DestroyBridge(bridgeId));
    if (connected) {
      return Optional.empty();
    }
    return Optional.of(callerGone ? PickupOutcome.CALLER_GONE : PickupOutcome.PICKER_GONE);
  }

  private static PickupInput inputFor(PickupMessage message) {
    if (message instanceof PickupMessage.Bridged) {
      return PickupInput.BRIDGED;
    }
    if (message instanceof PickupMessage.LegAnswered) {
      return PickupInput.LEG_ANSWERED;
    }
    if (message instanceof PickupMessage.CallerGone) {
      return PickupInput.CALLER_GONE;
    }
    if (message instanceof PickupMessage.PickerGone) {
      return PickupInput.PICKER_GONE;
    }
    return PickupInput.WITHDRAWN;
  }

  /** The call as its owner registered it. */
  public RingingCall call() {
    return call;
  }

  /** The pickup's state. */
  public PickupState state() {
    return state.current();
  }

  /** Whether nothing more can happen (the board forgets it). */
  public boolean finished() {
    PickupState now = state.current();
    return now != PickupState.RINGING && now != PickupState.PICKING && now != PickupState.PICKED_UP;
  }

  /** The recent transitions, oldest first. */
  public List<HistoryEntry> history() {
    return history.recent();
  }
}
