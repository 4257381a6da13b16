package io.ariflow.flows.conference.pickup;

import static io.ariflow.flows.conference.pickup.PickupInput.BRIDGED;
import static io.ariflow.flows.conference.pickup.PickupInput.CALLER_GONE;
import static io.ariflow.flows.conference.pickup.PickupInput.LEG_ANSWERED;
import static io.ariflow.flows.conference.pickup.PickupInput.PICK;
import static io.ariflow.flows.conference.pickup.PickupInput.PICKER_GONE;
import static io.ariflow.flows.conference.pickup.PickupInput.WITHDRAWN;
import static io.ariflow.flows.conference.pickup.PickupState.ANSWERED_ELSEWHERE;
import static io.ariflow.flows.conference.pickup.PickupState.COMPLETED;
import static io.ariflow.flows.conference.pickup.PickupState.FAILED;
import static io.ariflow.flows.conference.pickup.PickupState.PICKED_UP;
import static io.ariflow.flows.conference.pickup.PickupState.PICKING;
import static io.ariflow.flows.conference.pickup.PickupState.RINGING;

import io.ariflow.flows.state.TransitionTable;

/**
 * The legal changes of a pickup. A leg answering or the owner's timer just after the claim are expected races:
 * the claim already hung the legs up and told the owner, so PICKING tolerates them.
 */
public final class PickupTable {

  /** The table. */
  public static final TransitionTable<PickupState, PickupInput> TABLE =
      TransitionTable.builder("pickup", PickupState.class, PickupInput.class)
          .initial(RINGING)
          .row(RINGING, PICK, PICKING)
          .row(RINGING, LEG_ANSWERED, ANSWERED_ELSEWHERE)
          .row(RINGING, CALLER_GONE, PickupState.CALLER_GONE)
          .row(RINGING, WITHDRAWN, PickupState.WITHDRAWN)
          .row(PICKING, BRIDGED, PICKED_UP)
          .row(PICKING, CALLER_GONE, PickupState.CALLER_GONE)
          .row(PICKING, PICKER_GONE, FAILED)
          .tolerate(LEG_ANSWERED, PICKING)
          .tolerate(WITHDRAWN, PICKING)
          .row(PICKED_UP, CALLER_GONE, COMPLETED)
          .row(PICKED_UP, PICKER_GONE, COMPLETED)
          .build();

  private PickupTable() {
  }
}
