package io.ariflow.flows.conference.room;

/**
 * The life of a room. EMPTY until the first admission; WAITING_FOR_MARKED while every member present waits for a
 * leader; ACTIVE while someone is in the bridge; ENDING after an end was decided, until the members are out of the
 * bridge; ENDED when nothing is left (bridge destroyed, recording stopped). Locking and recording are overlays
 * with their own tables.
 */
public enum RoomState {
  EMPTY, WAITING_FOR_MARKED, ACTIVE, ENDING, ENDED
}
