package io.ariflow.flows.conference.room;

/**
 * The life of one member. JOINING while the PIN or the name is asked; WAITING with music until a marked member is
 * present; IN_ROOM in the bridge; LEAVING after we took it out of the bridge, until ChannelLeftBridge or hangup
 * confirms it; LEFT, KICKED and REFUSED are final. Muting and talking are overlays with their own tables.
 */
public enum MemberState {
  JOINING, WAITING, IN_ROOM, LEAVING, LEFT, KICKED, REFUSED
}
