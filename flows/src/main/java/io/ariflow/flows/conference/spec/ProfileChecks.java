package io.ariflow.flows.conference.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of user profiles: PINs, menu references, admin actions in non-admin menus, and marked rules that
 * could never apply because no role is marked.
 */
final class ProfileChecks {

  private static final Pattern PIN = Pattern.compile("[0-9]{1,16}");

  private ProfileChecks() {
  }

  static void check(String room, RoomTemplate template, List<DeclarationProblem> problems) {
    if (template.users().isEmpty()) {
      problems.add(DeclarationProblem.error(room, "users", "declare at least one of admin, marked, plain"));
      return;
    }
    Map<String, Role> pins = new HashMap<>();
    for (Role role : Role.values()) {
      Optional<UserProfile> profile = template.profile(role);
      if (profile.isPresent()) {
        checkProfile(room, role, profile.get(), template, pins, problems);
      }
    }
    checkMarkedRules(room, template, problems);
  }

  private static void checkProfile(String room, Role role, UserProfile profile, RoomTemplate template,
      Map<String, Role> pins, List<DeclarationProblem> problems) {
    String prefix = "users." + role.label() + ".";
    profile.pin().ifPresent(pin -> {
      if (!PIN.matcher(pin).matches()) {
        problems.add(DeclarationProblem.error(room, prefix + "pin", "a PIN is 1 to 16 digits"));
      }
      Role other = pins.putIfAbsent(pin, role);
      if (other != null) {
        problems.add(DeclarationProblem.error(room, prefix + "pin",
            "same PIN as " + other.label() + "; a PIN must tell the roles apart"));
      }
    });
    profile.menu().ifPresent(name -> {
      DtmfMenu menu = template.menus().get(name);
      if (menu == null) {
        problems.add(DeclarationProblem.error(room, prefix + "menu",
            "no menu named " + name + "; declared menus: " + template.menus().keySet()));
      } else if (role != Role.ADMIN) {
        menu.entries().stream().filter(entry -> entry.action().adminOnly()).forEach(entry -> problems.add(
            DeclarationProblem.error(room, prefix + "menu", "menu " + name + " has the admin action "
                + entry.action().label() + " (" + entry.digits() + ") but " + role.label() + " is not an admin")));
      }
    });
  }

  private static void checkMarkedRules(String room, RoomTemplate template, List<DeclarationProblem> problems) {
    boolean anyMarked = template.users().values().stream().anyMatch(UserProfile::marked);
    if (anyMarked) {
      return;
    }
    boolean waits = template.bridge().waitForMarked()
        || template.users().values().stream().anyMatch(UserProfile::waitMarked);
    if (waits) {
      problems.add(DeclarationProblem.error(room, "users",
          "members wait for a marked member but no role is marked; mark the leader's role"));
    }
    boolean ends = template.bridge().endWhenLastMarkedLeaves()
        || template.users().values().stream().anyMatch(UserProfile::endMarked);
    if (ends) {
      problems.add(DeclarationProblem.warning(room, "users",
          "ending when the last marked member leaves never applies: no role is marked"));
    }
  }
}
