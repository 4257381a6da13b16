package io.ariflow.flows.conference.spec;

/**
 * Who is told the number of members when someone joins: nobody, the joiner (announce_user_count) or everyone
 * already in the room (announce_user_count_all).
 */
public enum CountAnnouncement {
  NONE, TO_JOINER, TO_ALL
}
