package io.ariflow.flows.conference.spec;

import java.util.Locale;

/**
 * The three kinds of member a room knows, as in ConfBridge: an admin may enter a locked or full room and has the
 * admin menu; a marked member is a leader the others may wait for; a plain member is everyone else.
 */
public enum Role {
  ADMIN, MARKED, PLAIN;

  /** The name used in declarations and outcomes ({@code admin}, {@code marked}, {@code plain}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
