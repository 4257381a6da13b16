package io.ariflow.flows.queue.definition;

/** app_queue's {@code announce-position}: whether and how a waiting caller is told their position. */
public enum PositionAnnouncement {
  /** Never say the position. */
  NO,
  /** Always say the position ("you are caller number 3", or "you are next"). */
  YES,
  /** Say it only while the position is within {@code announce-position-limit}. */
  LIMIT,
  /** Beyond the limit say "there are more than N callers ahead" instead of the number. */
  MORE
}
