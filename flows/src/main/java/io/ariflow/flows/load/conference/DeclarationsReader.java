package io.ariflow.flows.load.conference;

import io.ariflow.flows.conference.spec.DeclarationCheck;
import io.ariflow.flows.conference.spec.DeclarationProblem;
import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.conference.supervision.SupervisionRules;
import io.ariflow.flows.load.Declarations;
import io.ariflow.flows.load.DidYouMean;
import io.ariflow.flows.load.Problems;
import io.ariflow.flows.load.decl.ReadContext;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the declaration documents of one load ({@code rooms:} and {@code supervision:} at the top of a YAML
 * document, next to flows), then checks them together: duplicate room names across files, and every problem
 * {@link DeclarationCheck} finds, placed at the field that caused it. A room with an error is left out.
 */
public final class DeclarationsReader {

  /** The top-level keys of a declaration document. */
  public static final List<String> FIELDS = List.of("rooms", "supervision");

  private final List<ReadRoom> rooms = new ArrayList<>();
  private final Problems problems;
  private final ReadContext context;
  private SupervisionRules supervision = SupervisionRules.NONE;
  private Location supervisionAt;

  /** A reader reporting into {@code problems}. */
  public DeclarationsReader(Problems problems) {
    this.problems = problems;
    this.context = new ReadContext(problems);
  }

  /** Whether {@code document} declares rooms or supervision rather than a flow. */
  public static boolean isDeclaration(YamlNode document) {
    return document instanceof YamlMap map && map.get("flow").isEmpty()
        && FIELDS.stream().anyMatch(key -> map.get(key).isPresent());
  }

  /** Reads one declaration document. */
  public void read(YamlMap document) {
    for (YamlEntry entry : document.entries()) {
      if (!FIELDS.contains(entry.key())) {
        context.error(entry.keyLocation(), "unknown field '" + entry.key() + "' in a declaration document (fields: "
            + String.join(", ", FIELDS) + "; flows go in their own document)" + DidYouMean.hint(entry.key(), FIELDS));
      }
    }
    document.get("rooms").ifPresent(node -> rooms.addAll(RoomReader.read(node, context)));
    document.get("supervision").ifPresent(this::supervision);
  }

  /** The valid declarations, after reporting duplicates and every declaration problem. */
  public Declarations finish() {
    Map<String, ReadRoom> byName = new LinkedHashMap<>();
    List<RoomTemplate> valid = new ArrayList<>();
    Map<String, Location> declaredAt = new LinkedHashMap<>();
    for (ReadRoom room : rooms) {
      ReadRoom first = byName.putIfAbsent(room.name(), room);
      if (first != null) {
        problems.error(room.places().of("name"), "room '" + room.name() + "' is already declared at "
            + first.location() + "; remove or rename one of them");
        continue;
      }
      if (check(room) && room.clean()) {
        valid.add(room.template());
        declaredAt.put(room.name(), room.location());
      }
    }
    return new Declarations(new RoomCatalog(valid, declaredAt), supervision);
  }

  /** The names declared so far, for suggestions. */
  public List<String> names() {
    return rooms.stream().map(ReadRoom::name).toList();
  }

  private boolean check(ReadRoom room) {
    boolean ok = true;
    for (DeclarationProblem problem : DeclarationCheck.check(room.template())) {
      Location at = room.places().of(problem.field());
      String message = "room '" + room.name() + "', " + problem.field() + ": " + problem.message();
      if (problem.isError()) {
        problems.error(at, message);
        ok = false;
      } else {
        problems.warning(at, message);
      }
    }
    return ok;
  }

  private void supervision(YamlNode node) {
    if (supervisionAt != null) {
      context.error(node, "supervision is already declared at " + supervisionAt + "; keep one declaration");
      return;
    }
    supervisionAt = node.location();
    int mark = problems.count();
    SupervisionRules read = SupervisionReader.read(node, context);
    supervision = problems.hasErrorsSince(mark) ? SupervisionRules.NONE : read.at(supervisionAt);
  }
}
