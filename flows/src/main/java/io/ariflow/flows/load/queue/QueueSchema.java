package io.ariflow.flows.load.queue;

import static io.ariflow.flows.load.conference.SchemaFields.ref;
import static io.ariflow.flows.load.conference.SchemaFields.textOrNumber;

import io.ariflow.flows.load.conference.SchemaFields;
import io.ariflow.flows.load.decl.Choices;
import io.ariflow.flows.load.decl.PickupDecls;
import io.ariflow.flows.load.decl.ScalarKinds;
import io.ariflow.flows.load.decl.Schemas;
import io.ariflow.flows.queue.definition.HoldTimeAnnouncement;
import io.ariflow.flows.queue.definition.PositionAnnouncement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of a {@code queue:} document, generated from the field lists and value kinds the
 * readers of this package use. A test fails when the committed {@code flows/schema/queue.schema.json} differs from
 * {@link #json()}. Cross-field rules (a strategy name exists, a callback key differs from the exit keys) stay with
 * the loader, which reports them at file:line:col.
 */
public final class QueueSchema {

  /** Where the file is published, relative to the flows module. */
  public static final String FILE = "schema/queue.schema.json";

  private QueueSchema() {
  }

  /** The schema as pretty-printed JSON, ending with a newline. */
  public static String json() {
    return SchemaFields.json(schema());
  }

  static Map<String, Object> schema() {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("member", member(MemberReader.MEMBER_FIELDS, "endpoint", "a phone always logged in"));
    defs.put("agent", member(MemberReader.AGENT_FIELDS, "id", "an agent who logs in from any phone"));
    defs.put("announce", announce());
    defs.put("penaltyRule", SchemaFields.of(PolicyReader.PENALTY_RULE)
        .requiredField("after", ScalarKinds.duration().schema(), "how long the caller has waited")
        .field("maxPenalty", ScalarKinds.integer(0).schema(), "agents up to this penalty are rung")
        .field("minPenalty", ScalarKinds.integer(0).schema(), "agents from this penalty are rung")
        .object("app_queue's penaltychange"));
    Map<String, Object> schema = Schemas.of(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "$id", "https://ariflow.io/schema/queue.schema.json",
        "title", "ariflow queue declaration");
    schema.putAll(queue());
    schema.put("$defs", defs);
    return schema;
  }

  private static Map<String, Object> queue() {
    Map<String, Object> duration = ScalarKinds.duration().schema();
    return SchemaFields.of(QueueDocumentReader.FIELDS)
        .requiredField("queue", ScalarKinds.text("").schema(), "the queue name the queue step uses")
        .field("description", ScalarKinds.text("").schema(), "free text")
        .field("strategy", ScalarKinds.text("").schema(),
            "ringall, leastrecent, fewestcalls, random, rrmemory, rrordered, linear, wrandom")
        .field("weight", ScalarKinds.integer(0).schema(), "callers of heavier queues are served first")
        .field("members", Schemas.arrayOf(Schemas.anyOf(ScalarKinds.text("").schema(), ref("member"))),
            "static members: PJSIP/2001 or {endpoint, penalty, skills, ringInUse}")
        .field("agents", Schemas.arrayOf(Schemas.anyOf(ScalarKinds.text("").schema(), ref("agent"))),
            "agents who log in: alice or {id, penalty, skills, ringInUse}")
        .field("maxLen", ScalarKinds.integer(0).schema(), "callers waiting at most; 0 = no limit")
        .field("maxWait", duration, "then the step ends with timeout")
        .field("joinEmpty", yesOrNo(QueueKinds.emptyRule(true).schema()), "app_queue's joinempty")
        .field("leaveWhenEmpty", yesOrNo(QueueKinds.emptyRule(false).schema()), "app_queue's leavewhenempty")
        .field("ringTimeout", duration, "how long one offer rings")
        .field("retry", duration, "pause before offering again")
        .field("ringInUse", ScalarKinds.bool().schema(), "ring members already on a call")
        .field("autofill", ScalarKinds.bool().schema(), "offer several callers at once")
        .field("wrapUp", duration, "rest after a call")
        .field("autoPause", Schemas.anyOf(ScalarKinds.integer(0).schema(), autoPause()),
            "pause an agent after this many missed offers, or {after, busy, reason}")
        .field("penaltyMembersLimit", ScalarKinds.integer(0).schema(), "penalties apply above this many members")
        .field("music", ScalarKinds.text("").schema(), "music on hold class")
        .field("playlist", QueueKinds.fixedMedia().schema(), "media played in turn instead of music")
        .field("announce", ref("announce"), "position, hold time and periodic announcements")
        .field("agentAnnounce", QueueKinds.fixedMedia().schema(), "whispered to the agent before connecting")
        .field("agentConfirm", SchemaFields.of(List.of("prompt", "accept"))
            .field("prompt", QueueKinds.fixedMedia().schema(), "asked of the agent")
            .field("accept", textOrNumber(ScalarKinds.key().schema()), "the key that accepts")
            .object("the agent confirms before the caller is put through"), "the agent confirms with a key")
        .field("callback", callback(), "the caller may ask to be called back")
        .field("aging", SchemaFields.of(PolicyReader.AGING)
            .field("every", duration, "how often a waiting caller gains priority")
            .field("step", ScalarKinds.integer(0).schema(), "priority gained each time")
            .field("max", ScalarKinds.integer(0).schema(), "the most it gains")
            .object("priority aging"), "waiting callers gain priority")
        .field("penaltyRules", Schemas.arrayOf(ref("penaltyRule")), "penalty limits that widen as callers wait")
        .field("serviceLevel", duration, "answered within this counts toward the service level")
        .field("exitKeys", textOrNumber(QueueKinds.keys().schema()), "keys that leave the queue (outcome exit)")
        .field("pickupGroups", PickupDecls.groups().schema(), "pickup groups that may answer a ringing agent leg")
        .object("A queue, declared next to the flows. See flows/docs/LANGUAGE.md.");
  }

  private static Map<String, Object> member(List<String> fields, String identity, String doc) {
    SchemaFields member = SchemaFields.of(fields);
    fields.stream().filter(field -> (field.equals("endpoint") || field.equals("id")) && !field.equals(identity))
        .forEach(field -> member.field(field, ScalarKinds.text("").schema(), field.equals("id")
            ? "the agent's id" : "the phone, e.g. PJSIP/2001"));
    return member.field("penalty", ScalarKinds.integer(0).schema(), "higher penalties are rung later")
        .field("skills", QueueKinds.skills().schema(), "skill -> level")
        .field("ringInUse", ScalarKinds.bool().schema(), "overrides the queue's ringInUse")
        .requiredField(identity, ScalarKinds.text("").schema(), identity.equals("id")
            ? "the agent's id" : "the phone, e.g. PJSIP/2001")
        .object(doc);
  }

  private static Map<String, Object> announce() {
    Map<String, Object> duration = ScalarKinds.duration().schema();
    return SchemaFields.of(AnnouncementReader.FIELDS)
        .field("frequency", duration, "how often position and hold time are announced")
        .field("minFrequency", duration, "never more often than this")
        .field("position", yesOrNo(ScalarKinds.choice(Choices.of(PositionAnnouncement.class,
            AnnouncementReader::word)).schema()), "announce the caller's position")
        .field("positionLimit", ScalarKinds.integer(0).schema(), "beyond it: more than N callers")
        .field("holdTime", yesOrNo(ScalarKinds.choice(Choices.of(HoldTimeAnnouncement.class,
            AnnouncementReader::word)).schema()), "announce the estimated hold time")
        .field("roundSeconds", ScalarKinds.integer(0).schema(), "rounding of the hold time")
        .field("periodic", QueueKinds.fixedMedia().schema(), "media played periodically")
        .field("periodicFrequency", duration, "how often")
        .field("randomPeriodic", ScalarKinds.bool().schema(), "in random order")
        .field("whileRinging", ScalarKinds.bool().schema(), "also while an agent is rung")
        .object("announcements to waiting callers");
  }

  /**
   * A value whose words include app_queue's {@code yes} and {@code no}: YAML 1.1 parsers (SnakeYAML, Jackson) read
   * them unquoted as booleans, while the loader reads them as the words they are, so both validate.
   */
  private static Map<String, Object> yesOrNo(Map<String, Object> words) {
    return Schemas.anyOf(words, Schemas.type("boolean"));
  }

  private static Map<String, Object> autoPause() {
    return SchemaFields.of(PolicyReader.AUTO_PAUSE)
        .field("after", ScalarKinds.integer(0).schema(), "missed offers in a row")
        .field("busy", ScalarKinds.bool().schema(), "a busy phone counts as missed")
        .field("reason", ScalarKinds.text("").schema(), "the pause reason")
        .object("automatic pause");
  }

  private static Map<String, Object> callback() {
    return SchemaFields.of(PolicyReader.CALLBACK)
        .field("key", textOrNumber(ScalarKinds.key().schema()), "the key a waiting caller presses")
        .field("attempts", ScalarKinds.integer(0).schema(), "dial-back attempts")
        .field("retry", ScalarKinds.duration().schema(), "between attempts")
        .field("endpoint", ScalarKinds.text("").schema(), "endpoint template with {number}")
        .field("callerId", ScalarKinds.text("").schema(), "what the caller sees when called back")
        .object("callbacks");
  }
}
