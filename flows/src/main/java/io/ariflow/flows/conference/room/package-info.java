/**
 * Conference rooms as a functional core: {@link io.ariflow.flows.conference.room.ConferenceRoom} owns one room,
 * takes {@link io.ariflow.flows.conference.room.RoomMessage}s and returns
 * {@link io.ariflow.flows.conference.room.RoomDecision}s (commands, notices, an answer). Room, lock, recording,
 * member, mute and talk machines are transition tables; see the package {@code io.ariflow.flows.conference} docs
 * for the protocol the step and the adapter follow.
 */
package io.ariflow.flows.conference.room;
