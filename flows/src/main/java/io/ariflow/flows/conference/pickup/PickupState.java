package io.ariflow.flows.conference.pickup;

/**
 * The life of a ringing call that may be picked up. PICKING after a picker claimed it (legs hung up, caller being
 * bridged with the picker); PICKED_UP once bridged; COMPLETED when that call ends. The other final states say why
 * nobody picked it up.
 */
public enum PickupState {
  RINGING, PICKING, PICKED_UP, COMPLETED, ANSWERED_ELSEWHERE, CALLER_GONE, WITHDRAWN, FAILED
}
