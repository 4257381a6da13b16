package io.ariflow.flows.load.queue;

import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.load.yaml.YamlScalar;
import io.ariflow.flows.queue.definition.MemberDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code members:} (static members: an endpoint, always logged in) and {@code agents:} (dynamic agents: an
 * id that logs in at run time). An item is a mapping, or just the endpoint / the id.
 */
final class MemberReader {

  static final List<String> MEMBER_FIELDS = List.of("endpoint", "id", "penalty", "skills", "ringInUse");
  static final List<String> AGENT_FIELDS = List.of("id", "penalty", "skills", "ringInUse");

  private MemberReader() {
  }

  /** The items of {@code node} (the list under {@code members} or {@code agents}); unusable items are reported. */
  static List<MemberDefinition> read(YamlNode node, String list, boolean isStatic, ReadContext context,
      QueuePlaces places) {
    if (!(node instanceof YamlList items)) {
      context.error(node, Messages.wrong(list, "a list of " + (isStatic ? "members" : "agents"), node));
      return List.of();
    }
    List<MemberDefinition> members = new ArrayList<>();
    for (int i = 0; i < items.items().size(); i++) {
      String path = list + "[" + i + "]";
      YamlNode item = items.items().get(i);
      places.put(path, item.location());
      Optional<MemberDefinition> member = item instanceof YamlScalar scalar
          ? shorthand(scalar, path, isStatic, context, places)
          : full(item, path, isStatic, context, places);
      member.ifPresent(members::add);
    }
    return members;
  }

  private static Optional<MemberDefinition> shorthand(YamlScalar scalar, String path, boolean isStatic,
      ReadContext context, QueuePlaces places) {
    places.put(path + (isStatic ? ".endpoint" : ".id"), scalar.location());
    return ScalarKinds.text(isStatic ? "an endpoint" : "an agent id").read(scalar, path, context)
        .map(text -> isStatic ? MemberDefinition.endpoint(text, 0) : MemberDefinition.agent(text, 0));
  }

  private static Optional<MemberDefinition> full(YamlNode item, String path, boolean isStatic, ReadContext context,
      QueuePlaces places) {
    String expected = isStatic ? "a member: PJSIP/2001 or {endpoint: PJSIP/2001, penalty: 1}"
        : "an agent: alice or {id: alice, penalty: 1}";
    return QueueSection.of(item, path, expected, context, places).flatMap(s -> {
      s.onlyKnown(isStatic ? MEMBER_FIELDS : AGENT_FIELDS, isStatic ? "a member" : "an agent");
      Optional<String> endpoint = isStatic ? s.read("endpoint", path + ".endpoint", ScalarKinds.text("an endpoint"))
          : Optional.empty();
      Optional<String> id = s.read("id", path + ".id", ScalarKinds.text("an agent id")).or(() -> endpoint);
      int penalty = s.read("penalty", path + ".penalty", ScalarKinds.integer(0), 0);
      Map<String, Integer> skills = s.read("skills", path + ".skills", QueueKinds.skills(), Map.of());
      Optional<Boolean> ringInUse = s.read("ringInUse", path + ".ringInUse", ScalarKinds.bool());
      boolean missing = isStatic ? s.map().get("endpoint").isEmpty() : s.map().get("id").isEmpty();
      if (missing) {
        context.error(item.location(), (isStatic ? "a member needs 'endpoint'" : "an agent needs 'id'")
            + " (" + expected + ")" + (isStatic ? "; agents that log in go under agents:" : ""));
        return Optional.empty();
      }
      if (id.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new MemberDefinition(id.get(), endpoint, penalty, skills, ringInUse));
    });
  }
}
