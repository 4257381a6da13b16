package io.ariflow.app.conference;

/**
 * One room instance as the host tracks it: its name (what steps and operations use) and its bridge id (unique per
 * opening, so a room reopened under the same name never shares the ids of the one that ended).
 *
 * @param name the room name
 * @param bridgeId the bridge id the room chose when it opened
 */
record RoomRef(String name, String bridgeId) {

  private static final String MEMBERS = "#members";

  /** The group of the room's own objects: bridge, playbacks, recordings, dialled participants. */
  String objects() {
    return bridgeId;
  }

  /** The group of its member channels, released one by one as members go. */
  String members() {
    return bridgeId + MEMBERS;
  }

  /** The bridge id behind a group key. */
  static String bridgeOf(String group) {
    return group.endsWith(MEMBERS) ? group.substring(0, group.length() - MEMBERS.length()) : group;
  }
}
