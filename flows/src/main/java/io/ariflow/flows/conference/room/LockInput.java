package io.ariflow.flows.conference.room;

/** Lock and unlock, from an admin's menu, a service code or an engine operation. */
public enum LockInput {
  LOCK, UNLOCK
}
