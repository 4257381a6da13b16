package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.spec.NamePattern;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.load.decl.Messages;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.yaml.YamlList;
import io.ariflow.flows.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code rooms:} list of a declaration document, one {@link ReadRoom} per well-formed entry. */
final class RoomReader {

  static final List<String> FIELDS = List.of("name", "bridge", "users", "menus");

  private RoomReader() {
  }

  static List<ReadRoom> read(YamlNode node, ReadContext context) {
    List<ReadRoom> rooms = new ArrayList<>();
    if (!(node instanceof YamlList list)) {
      context.error(node, Messages.wrong("rooms", "a list of rooms, each with name, bridge, users and menus", node));
      return rooms;
    }
    for (YamlNode item : list.items()) {
      room(item, context).ifPresent(rooms::add);
    }
    return rooms;
  }

  private static Optional<ReadRoom> room(YamlNode item, ReadContext context) {
    FieldPlaces places = new FieldPlaces(item.location());
    int mark = context.problems().count();
    Optional<Section> found = Section.of(item, "", "a room: a mapping with name, bridge, users and menus",
        context, places);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Section room = found.get().onlyKnown(FIELDS);
    Optional<String> name = room.read("name", ScalarKinds.text("a room name, e.g. team-* or board"));
    if (room.node("name").isEmpty()) {
      context.error(item, "a room needs 'name' (an exact name such as board, or a pattern such as team-*)");
    }
    RoomTemplate template = new RoomTemplate(NamePattern.of(name.orElse("")),
        BridgeReader.read(room.section("bridge", "a mapping of bridge settings")),
        UsersReader.read(room.section("users", "a mapping of roles (admin, marked, plain) to profiles")),
        MenusReader.read(room.section("menus", "a mapping of menu names to menus")));
    boolean clean = !context.problems().hasErrorsSince(mark);
    return name.map(n -> new ReadRoom(template, places, item.location(), clean));
  }
}
