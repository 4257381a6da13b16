package io.ariflow.flows.conference.room;

/** Whether a room admits new members other than admins and invited participants. */
public enum LockState {
  UNLOCKED, LOCKED
}
