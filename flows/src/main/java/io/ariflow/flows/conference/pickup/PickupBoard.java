package io.ariflow.flows.conference.pickup;

import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.state.TransitionObserver;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calls ringing now that may be picked up, oldest first: owners offer and withdraw them, pickers pick. A
 * directed pickup takes the call ringing at its target, if the call has no pickup groups or shares one with the
 * picker; a group pickup takes the oldest call ringing in one of the picker's groups. One owner, not thread-safe.
 */
public final class PickupBoard {

  private final IdGenerator ids;
  private final TransitionObserver observer;
  private final Map<String, Pickup> calls = new LinkedHashMap<>();

  /** An empty board. */
  public PickupBoard(IdGenerator ids, TransitionObserver observer) {
    this.ids = ids;
    this.observer = observer;
  }

  /** Registers a ringing call (the dial step or queue calls this when ringing starts). */
  public void offer(RingingCall call) {
    calls.put(call.callId(), new Pickup(call, ids, observer));
  }

  /** A picker asks for a call. */
  public PickupDecision pick(PickupRequest request) {
    List<Pickup> eligible = calls.values().stream().filter(pickup -> eligible(pickup.call(), request)).toList();
    Optional<Pickup> ringing = eligible.stream().filter(pickup -> pickup.state() == PickupState.RINGING).findFirst();
    if (ringing.isPresent()) {
      return ringing.get().pick(request.pickerChannel());
    }
    PickupOutcome none = eligible.isEmpty() ? PickupOutcome.NOTHING_TO_PICK_UP : PickupOutcome.ALREADY_PICKED;
    return PickupDecision.outcome(none);
  }

  /** An event for the ringing call {@code callId}. */
  public PickupDecision handle(String callId, PickupMessage message) {
    Pickup pickup = calls.get(callId);
    if (pickup == null) {
      return new PickupDecision(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
    PickupDecision decision = pickup.handle(message);
    if (pickup.finished()) {
      calls.remove(callId);
    }
    return decision;
  }

  /** The pickup for {@code callId}, while the board holds it. */
  public Optional<Pickup> call(String callId) {
    return Optional.ofNullable(calls.get(callId));
  }

  /** The calls still ringing, oldest first (for lamp fields and listings). */
  public List<RingingCall> ringing() {
    return Collections.unmodifiableList(calls.values().stream()
        .filter(pickup -> pickup.state() == PickupState.RINGING).map(Pickup::call).toList());
  }

  private static boolean eligible(RingingCall call, PickupRequest request) {
    boolean sharesGroup = call.pickupGroups().stream().anyMatch(request.pickerGroups()::contains);
    if (request.target().isPresent()) {
      return call.ringsAt(request.target().get()) && (call.pickupGroups().isEmpty() || sharesGroup);
    }
    return sharesGroup;
  }
}
