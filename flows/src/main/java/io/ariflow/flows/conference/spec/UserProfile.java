package io.ariflow.flows.conference.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * How members of one role behave in a room (ConfBridge's user profile). A member waits for a marked member when
 * {@code waitMarked} is set or the room waits for marked members, unless it is marked itself.
 *
 * @param marked whether this member is a leader others may wait for
 * @param startMuted whether the member enters muted (it may unmute itself with the menu)
 * @param waitMarked whether the member hears music until a marked member is present
 * @param endMarked whether the member is taken out of the room when the last marked member leaves
 * @param quiet whether the room announces nothing when this member joins or leaves
 * @param pin the PIN this role must enter, if any
 * @param menu the DTMF menu this role uses, if any
 */
public record UserProfile(
    boolean marked, boolean startMuted, boolean waitMarked, boolean endMarked, boolean quiet,
    Optional<String> pin, Optional<String> menu) {

  /** Rejects nulls. */
  public UserProfile {
    Objects.requireNonNull(pin, "pin");
    Objects.requireNonNull(menu, "menu");
  }

  /** The defaults for {@code role}: marked members are marked, nothing else is set. */
  public static Builder builder(Role role) {
    return new Builder().marked(role == Role.MARKED);
  }

  /** Collects a profile; every flag defaults to false, PIN and menu to none. */
  public static final class Builder {
    private boolean marked;
    private boolean startMuted;
    private boolean waitMarked;
    private boolean endMarked;
    private boolean quiet;
    private Optional<String> pin = Optional.empty();
    private Optional<String> menu = Optional.empty();

    private Builder() {
    }

    /** Sets marked. */
    public Builder marked(boolean value) {
      marked = value;
      return this;
    }

    /** Sets start muted. */
    public Builder startMuted(boolean value) {
      startMuted = value;
      return this;
    }

    /** Sets wait for marked. */
    public Builder waitMarked(boolean value) {
      waitMarked = value;
      return this;
    }

    /** Sets end when the last marked member leaves. */
    public Builder endMarked(boolean value) {
      endMarked = value;
      return this;
    }

    /** Sets quiet. */
    public Builder quiet(boolean value) {
      quiet = value;
      return this;
    }

    /** Sets the PIN. */
    public Builder pin(String value) {
      pin = Optional.of(value);
      return this;
    }

    /** Sets the menu name. */
    public Builder menu(String value) {
      menu = Optional.of(value);
      return this;
    }

    /** The profile. */
    public UserProfile build() {
      return new UserProfile(marked, startMuted, waitMarked, endMarked, quiet, pin, menu);
    }
  }
}
