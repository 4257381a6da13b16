package io.ariflow.flows.conference.room;

import io.ariflow.flows.state.TransitionTable;

/**
 * The lock overlay of a room. Locking a locked room is not a row: the room answers "no change" instead of
 * pretending something happened.
 */
public final class LockTable {

  /** The table. */
  public static final TransitionTable<LockState, LockInput> TABLE =
      TransitionTable.builder("conference-lock", LockState.class, LockInput.class)
          .initial(LockState.UNLOCKED, LockState.LOCKED)
          .row(LockState.UNLOCKED, LockInput.LOCK, LockState.LOCKED)
          .row(LockState.LOCKED, LockInput.UNLOCK, LockState.UNLOCKED)
          .build();

  private LockTable() {
  }
}
