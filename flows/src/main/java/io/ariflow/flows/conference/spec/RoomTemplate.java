package io.ariflow.flows.conference.spec;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared room or room template: the names it covers, the bridge profile, one user profile per role that may
 * enter, and the menus those profiles use. A room declaration is a template with an exact name.
 *
 * @param pattern the room names it covers
 * @param bridge the room-wide behaviour
 * @param users the profile of each role allowed in; a role without a profile cannot enter
 * @param menus DTMF menus by name
 */
public record RoomTemplate(
    NamePattern pattern, BridgeProfile bridge, Map<Role, UserProfile> users, Map<String, DtmfMenu> menus) {

  /** Copies the maps and rejects nulls. */
  public RoomTemplate {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(bridge, "bridge");
    users = users.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(users));
    menus = Map.copyOf(menus);
  }

  /** The profile for {@code role}, empty when that role may not enter. */
  public Optional<UserProfile> profile(Role role) {
    return Optional.ofNullable(users.get(role));
  }

  /** The menu members of {@code role} use, if any. */
  public Optional<DtmfMenu> menuFor(Role role) {
    return profile(role).flatMap(UserProfile::menu).map(menus::get);
  }

  /** Whether any role must enter a PIN. */
  public boolean anyPin() {
    return users.values().stream().anyMatch(profile -> profile.pin().isPresent());
  }
}
