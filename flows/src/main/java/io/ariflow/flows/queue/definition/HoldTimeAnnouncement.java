package io.ariflow.flows.queue.definition;

/** app_queue's {@code announce-holdtime}: whether the estimated wait is part of the position announcement. */
public enum HoldTimeAnnouncement {
  /** Never. */
  NO,
  /** In every position announcement. */
  YES,
  /** Only in the first position announcement a caller hears. */
  ONCE
}
