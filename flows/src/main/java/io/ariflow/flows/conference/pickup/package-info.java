/**
 * Call pickup as a functional core: owners of ringing calls (dial steps, queues) offer them on a
 * {@link io.ariflow.flows.conference.pickup.PickupBoard}; a picker's claim becomes commands (hang up the rung
 * legs, answer and bridge the caller with the picker) and a notice that tells the owner to stop.
 */
package io.ariflow.flows.conference.pickup;
