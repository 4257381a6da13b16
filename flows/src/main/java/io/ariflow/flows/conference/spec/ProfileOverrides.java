package io.ariflow.flows.conference.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * What one joining caller changes in its role's profile (the conference step's overrides): a flow may let a
 * presenter enter unmuted in a start-muted room, or enter quietly, without declaring another role.
 *
 * @param startMuted enter muted or not
 * @param quiet announce the join and leave or not
 * @param waitMarked wait for a marked member or not
 * @param endMarked leave when the last marked member leaves or not
 */
public record ProfileOverrides(Optional<Boolean> startMuted, Optional<Boolean> quiet, Optional<Boolean> waitMarked,
    Optional<Boolean> endMarked) {

  /** Nothing changed. */
  public static final ProfileOverrides NONE =
      new ProfileOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Rejects nulls. */
  public ProfileOverrides {
    Objects.requireNonNull(startMuted, "startMuted");
    Objects.requireNonNull(quiet, "quiet");
    Objects.requireNonNull(waitMarked, "waitMarked");
    Objects.requireNonNull(endMarked, "endMarked");
  }

  /** {@code profile} with these changes. */
  public UserProfile apply(UserProfile profile) {
    return new UserProfile(profile.marked(), startMuted.orElse(profile.startMuted()),
        waitMarked.orElse(profile.waitMarked()), endMarked.orElse(profile.endMarked()), quiet.orElse(profile.quiet()),
        profile.pin(), profile.menu());
  }

  /** Whether nothing is changed. */
  public boolean isEmpty() {
    return startMuted.isEmpty() && quiet.isEmpty() && waitMarked.isEmpty() && endMarked.isEmpty();
  }
}
