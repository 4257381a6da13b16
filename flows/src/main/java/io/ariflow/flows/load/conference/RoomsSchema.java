package io.ariflow.flows.load.conference;

import static io.ariflow.flows.load.conference.SchemaFields.ref;
import static io.ariflow.flows.load.conference.SchemaFields.textOrNumber;

import io.ariflow.flows.conference.spec.CountAnnouncement;
import io.ariflow.flows.conference.spec.JoinLeaveAnnouncement;
import io.ariflow.flows.conference.spec.MenuAction;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.RecordingPlan;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.decl.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON Schema (draft 2020-12) of a declaration document ({@code rooms:} and {@code supervision:}), generated
 * from the field lists and value kinds the readers of this package use, so editors complete what loads. A test
 * fails when the committed {@code flows/schema/rooms.schema.json} differs from {@link #json()}. What the schema
 * cannot say (a menu used by a role exists, PINs are unique) the loader still reports at file:line:col.
 */
public final class RoomsSchema {

  /** Where the file is published, relative to the flows module. */
  public static final String FILE = "schema/rooms.schema.json";

  private RoomsSchema() {
  }

  /** The schema as pretty-printed JSON, ending with a newline. */
  public static String json() {
    return SchemaFields.json(schema());
  }

  static Map<String, Object> schema() {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("room", room());
    defs.put("bridge", bridge());
    defs.put("users", Schemas.of("type", "object", "description", "role -> profile; a role without one cannot enter",
        "propertyNames", choice(Role.class, Role::label), "additionalProperties", ref("profile")));
    defs.put("profile", profile());
    defs.put("menus", Schemas.of("type", "object", "description", "menu name -> menu",
        "additionalProperties", ref("menu")));
    defs.put("menu", menu());
    defs.put("supervision", supervision());
    defs.put("rule", rule());
    defs.put("keys", keys());
    Map<String, Object> top = SchemaFields.of(DeclarationsReader.FIELDS)
        .field("rooms", Schemas.arrayOf(ref("room")), "rooms and room templates (name patterns with *)")
        .field("supervision", ref("supervision"), "who may supervise whom, and the supervisor's keys")
        .object("Conference rooms and supervision rules, declared next to the flows. See flows/docs/LANGUAGE.md.");
    Map<String, Object> schema = Schemas.of(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "$id", "https://ariflow.io/schema/rooms.schema.json",
        "title", "ariflow room and supervision declarations");
    schema.putAll(top);
    schema.put("minProperties", 1);
    schema.put("$defs", defs);
    return schema;
  }

  private static Map<String, Object> room() {
    return SchemaFields.of(RoomReader.FIELDS)
        .requiredField("name", ScalarKinds.text("").schema(), "an exact room name (board) or a pattern (team-*)")
        .field("bridge", ref("bridge"), "room-wide behaviour; ConfBridge's bridge profile")
        .field("users", ref("users"), "the profile of each role that may enter")
        .field("menus", ref("menus"), "DTMF menus the profiles use")
        .object("a room or room template");
  }

  private static Map<String, Object> bridge() {
    Map<String, Object> record = SchemaFields.of(BridgeReader.RECORD)
        .field("file", ScalarKinds.text("").schema(),
            "file name template: " + String.join(", ", RecordingPlan.PLACEHOLDERS))
        .field("format", ScalarKinds.text("").schema(), "wav, gsm, ...")
        .field("auto-start", ScalarKinds.bool().schema(), "record from the first admission")
        .object("recording of the whole room");
    Map<String, Object> talk = SchemaFields.of(BridgeReader.TALK)
        .field("silence", ScalarKinds.integer(1).schema(), "milliseconds of silence that end talking")
        .field("threshold", ScalarKinds.integer(1).schema(), "energy above which a member talks")
        .object("talk detection (TALK_DETECT)");
    Map<String, Object> dialOut = SchemaFields.of(BridgeReader.DIAL_OUT)
        .requiredField("endpoint", ScalarKinds.text("").schema(), "endpoint template with {digits}")
        .field("timeout", ScalarKinds.duration().schema(), "how long a dialled participant rings")
        .field("caller-id", ScalarKinds.text("").schema(), "what the participant sees, e.g. \"Team <500>\"")
        .object("how add-participant dials out");
    Map<String, Object> prompts = Schemas.of("type", "object", "description", "prompt key -> sound name",
        "propertyNames", choice(PromptKey.class, PromptKey::label),
        "additionalProperties", ScalarKinds.text("").schema());
    return SchemaFields.of(BridgeReader.FIELDS)
        .field("max-members", ScalarKinds.integer(0).schema(), "admins excepted; 0 = no limit")
        .field("start-locked", ScalarKinds.bool().schema(), "the room opens locked")
        .field("pin-attempts", ScalarKinds.integer(1).schema(), "tries before wrong-pin")
        .field("wait-for-marked", ScalarKinds.bool().schema(), "members hear music until a marked member is in")
        .field("end-when-last-marked-leaves", ScalarKinds.bool().schema(), "the room ends with its last leader")
        .field("join-leave", choice(JoinLeaveAnnouncement.class, BridgeReader::label),
            "announce joins and leaves")
        .field("member-count", choice(CountAnnouncement.class, BridgeReader::label),
            "announce the member count")
        .field("only-person-prompt", ScalarKinds.bool().schema(), "\"you are the only person\"")
        .field("moh-when-alone", ScalarKinds.bool().schema(), "music while alone")
        .field("moh-class", ScalarKinds.text("").schema(), "music on hold class")
        .field("record", record, "recording of the whole room")
        .field("talk-detection", talk, "who is speaking")
        .field("dial-out", dialOut, "how add-participant dials out")
        .field("drain-timeout", ScalarKinds.duration().schema(), "how long an emptied room lingers")
        .field("prompts", prompts, "sounds replacing ConfBridge's defaults")
        .object("room-wide behaviour");
  }

  private static Map<String, Object> profile() {
    return SchemaFields.of(UsersReader.FIELDS)
        .field("pin", textOrNumber(Schemas.pattern("^[0-9]*$")), "the PIN of this role (digits)")
        .field("marked", ScalarKinds.bool().schema(), "a leader: others may wait for one")
        .field("start-muted", ScalarKinds.bool().schema(), "enters muted")
        .field("wait-marked", ScalarKinds.bool().schema(), "waits with music for a marked member")
        .field("end-marked", ScalarKinds.bool().schema(), "leaves when the last marked member leaves")
        .field("quiet", ScalarKinds.bool().schema(), "no join or leave announcement for this member")
        .field("menu", ScalarKinds.text("").schema(), "the name of a menu under menus")
        .object("a role's profile; {} for the defaults");
  }

  private static Map<String, Object> menu() {
    Map<String, Object> timeout = new LinkedHashMap<>(ScalarKinds.duration().schema());
    timeout.put("description", "how long a partial sequence waits for its next digit");
    return Schemas.of("type", "object", "description", "digits -> action, e.g. \"*1\": toggle-mute",
        "properties", Schemas.of(MenusReader.DIGIT_TIMEOUT, timeout),
        "propertyNames", Schemas.pattern("^([0-9*#ABCD]+|" + MenusReader.DIGIT_TIMEOUT + ")$"),
        "additionalProperties", choice(MenuAction.class, MenuAction::label));
  }

  private static Map<String, Object> supervision() {
    return SchemaFields.of(SupervisionReader.FIELDS)
        .field("groups", Schemas.mapOf(Schemas.arrayOf(ScalarKinds.text("").schema())),
            "group name -> identities (PJSIP/1001 or a caller number)")
        .field("allow", Schemas.arrayOf(ref("rule")), "rules; a request no rule allows is refused")
        .field("keys", ref("keys"), "the supervisor's keys during a session")
        .object("who may supervise whom");
  }

  private static Map<String, Object> rule() {
    Map<String, Object> selector = ScalarKinds.text("").schema();
    return SchemaFields.of(SupervisionReader.RULE)
        .requiredField("supervisor", selector, "an identity, group:<name> or *")
        .requiredField("agent", selector, "an identity, group:<name> or *")
        .requiredField("modes", Schemas.arrayOf(choice(SupervisionMode.class, SupervisionMode::label)),
            "the modes allowed")
        .object("one allow rule");
  }

  private static Map<String, Object> keys() {
    SchemaFields keys = SchemaFields.of(SupervisionReader.KEYS);
    for (String name : SupervisionReader.KEYS) {
      keys.field(name, textOrNumber(ScalarKinds.key().schema()), "the key that means " + name);
    }
    return keys.object("the supervisor's keys (defaults 4, 5, 6, *)");
  }

  /** The reader's own choice kind: the enum's YAML spellings. */
  private static <E extends Enum<E>> Map<String, Object> choice(Class<E> type, Function<E, String> label) {
    return ScalarKinds.choice(Choices.of(type, label)).schema();
  }
}
