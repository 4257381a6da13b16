package io.ariflow.flows.load;

import io.ariflow.flows.conference.spec.NamePattern;
import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.spec.ConferenceSpec;
import io.ariflow.flows.spec.Location;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code conference} step with a literal room name names a declared room, and a literal role is one that
 * room lets in, across files. A templated name is checked at run time (outcome {@code no-such-room}), but a flow
 * using rooms while none are declared gets a warning.
 */
final class RoomCheck {

  private RoomCheck() {
  }

  static void check(FlowDraft draft, RoomCatalog rooms, List<String> declared) {
    for (ReadStep step : draft.steps()) {
      if (step.spec().orElse(null) instanceof ConferenceSpec conference) {
        check(draft, step, conference, rooms, declared);
      }
    }
  }

  private static void check(FlowDraft draft, ReadStep step, ConferenceSpec conference, RoomCatalog rooms,
      List<String> declared) {
    Location at = step.facts().fieldLocation("room").orElse(step.location());
    if (!conference.room().isConstant()) {
      if (rooms.templates().isEmpty()) {
        draft.problems().warning(at, "no conference rooms are declared (rooms: in a YAML file next to the flows),"
            + " so every call would end with no-such-room");
      }
      return;
    }
    String name = conference.room().constantText();
    Optional<RoomTemplate> template = rooms.templateFor(name);
    if (template.isEmpty() && declared.stream().anyMatch(pattern -> NamePattern.of(pattern).matches(name))) {
      draft.problems().error(at, "the declaration covering room '" + name + "' has errors (reported above): fix them"
          + " first");
      return;
    }
    if (template.isEmpty()) {
      String known = declared.isEmpty() ? "none is declared (rooms: in a YAML file next to the flows)"
          : "declared: " + String.join(", ", declared);
      draft.problems().error(at, "no room declaration covers '" + name + "'; " + known
          + DidYouMean.hint(name, declared));
      return;
    }
    conference.role().filter(role -> template.get().profile(role).isEmpty()).ifPresent(role ->
        draft.problems().error(step.facts().fieldLocation("role").orElse(at), "room '"
            + template.get().pattern().text() + "' has no " + role.label() + " profile under users:, so a "
            + role.label() + " could never enter; declare users." + role.label() + " or change the role"));
  }
}
