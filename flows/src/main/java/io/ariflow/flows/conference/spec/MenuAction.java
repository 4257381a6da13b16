package io.ariflow.flows.conference.spec;

import java.util.Locale;

/**
 * What a DTMF menu entry does (ConfBridge's menu actions plus the in-call service codes). Admin-only actions are
 * refused at load time in a menu a non-admin uses. Actions that take an argument are service codes: the entry's
 * digits are a prefix, followed by digits and {@code #}, e.g. {@code *5 201 #} dials 201 into the room.
 */
public enum MenuAction {
  TOGGLE_MUTE(false, false),
  TALK_VOLUME_UP(false, false),
  TALK_VOLUME_DOWN(false, false),
  LISTEN_VOLUME_UP(false, false),
  LISTEN_VOLUME_DOWN(false, false),
  LEAVE(false, false),
  PARTICIPANT_COUNT(false, false),
  KICK_LAST(true, false),
  TOGGLE_LOCK(true, false),
  TOGGLE_MUTE_PARTICIPANTS(true, false),
  TOGGLE_RECORD(true, false),
  LOCK(true, false),
  UNLOCK(true, false),
  ADD_PARTICIPANT(true, true),
  MUTE_PARTICIPANT(true, true),
  UNMUTE_PARTICIPANT(true, true),
  KICK_PARTICIPANT(true, true);

  private final boolean adminOnly;
  private final boolean takesArgument;

  MenuAction(boolean adminOnly, boolean takesArgument) {
    this.adminOnly = adminOnly;
    this.takesArgument = takesArgument;
  }

  /** Whether only admins may use it. */
  public boolean adminOnly() {
    return adminOnly;
  }

  /** Whether digits and {@code #} follow the entry's digits (a service code). */
  public boolean takesArgument() {
    return takesArgument;
  }

  /** The name declarations use, e.g. {@code toggle-mute}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
