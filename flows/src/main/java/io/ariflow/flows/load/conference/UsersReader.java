package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.UserProfile;
import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlEntry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a room's {@code users:} section: one profile per role that may enter ({@code admin}, {@code marked},
 * {@code plain}). A role written with an empty mapping ({@code plain: {}}) may enter with the defaults.
 */
final class UsersReader {

  static final List<String> FIELDS = List.of("pin", "marked", "start-muted", "wait-marked", "end-marked", "quiet",
      "menu");
  private static final Map<String, Role> ROLES = Choices.of(Role.class, Role::label);

  private UsersReader() {
  }

  static Map<Role, UserProfile> read(Optional<Section> found) {
    Map<Role, UserProfile> users = new EnumMap<>(Role.class);
    if (found.isEmpty()) {
      return users;
    }
    Section s = found.get();
    List<String> known = List.copyOf(ROLES.keySet());
    for (YamlEntry entry : s.map().entries()) {
      Role role = ROLES.get(entry.key());
      if (role == null) {
        s.context().error(entry.keyLocation(), "unknown role '" + entry.key() + "' in " + s.path() + " (roles: "
            + String.join(", ", known) + ")" + DidYouMean.hint(entry.key(), known));
        continue;
      }
      s.section(entry.key(), "a mapping of profile fields (pin, marked, menu, ...); {} for the defaults")
          .map(profile -> profile(role, profile)).ifPresent(profile -> users.put(role, profile));
    }
    return users;
  }

  private static UserProfile profile(Role role, Section s) {
    s.onlyKnown(FIELDS);
    UserProfile.Builder profile = UserProfile.builder(role);
    s.read("pin", ScalarKinds.text("a PIN of digits")).ifPresent(profile::pin);
    s.read("marked", ScalarKinds.bool()).ifPresent(profile::marked);
    s.read("start-muted", ScalarKinds.bool()).ifPresent(profile::startMuted);
    s.read("wait-marked", ScalarKinds.bool()).ifPresent(profile::waitMarked);
    s.read("end-marked", ScalarKinds.bool()).ifPresent(profile::endMarked);
    s.read("quiet", ScalarKinds.bool()).ifPresent(profile::quiet);
    s.read("menu", ScalarKinds.text("the name of a menu")).ifPresent(profile::menu);
    return profile.build();
  }
}
