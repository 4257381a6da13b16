package io.ariflow.flows.load.decl;

import io.ariflow.flows.expr.Template;
import io.ariflow.flows.load.yaml.YamlEntry;
import io.ariflow.flows.load.yaml.YamlMap;
import io.ariflow.flows.load.yaml.YamlNode;
import io.ariflow.flows.spec.MediaRef;
import io.ariflow.flows.spec.QueueAgentAction;
import io.ariflow.flows.spec.QueueAgentSpec;
import io.ariflow.flows.spec.QueueSpec;
import io.ariflow.flows.spec.ScreenSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The declarations of the {@code queue} step and the {@code queue-agent} step. The queue step's {@code timeout}
 * is the caller's maximum wait (app_queue's
 * Queue() timeout), so it owns the field; whether a literal queue name is declared is checked once every file
 * is read.
 */
final class QueueDecls {

  private static final Field<Template> QUEUE = Field.required("queue", TextKinds.template(),
      "the queue name (template), declared by a queue: document");
  private static final Field<Template> PRIORITY = Field.optional("priority", TextKinds.template(),
      "a whole number (template); higher priorities are served first (default 0)");
  private static final Field<Map<String, Template>> SKILLS = Field.withDefault("skills", TextKinds.templateMap(),
      Map.of(), "skill -> least level (templates giving whole numbers) an agent needs");
  private static final Field<Duration> MAX_WAIT = Field.optional("timeout", ScalarKinds.duration(),
      "the caller's maximum wait, overriding the queue's maxWait (outcome timeout)");
  private static final Field<Integer> MIN_PENALTY = Field.optional("minPenalty", ScalarKinds.integer(0),
      "the lowest member penalty this caller may reach");
  private static final Field<Integer> MAX_PENALTY = Field.optional("maxPenalty", ScalarKinds.integer(0),
      "the highest member penalty this caller may reach");
  private static final Field<String> MUSIC = Field.optional("music", ScalarKinds.text("a music-on-hold class"),
      "the music-on-hold class, overriding the queue's");
  private static final Field<List<MediaRef>> PLAYLIST = Field.withDefault("playlist", MediaKinds.mediaList(),
      List.of(), "media looped while waiting, instead of music on hold");
  private static final Field<List<MediaRef>> ANNOUNCE = Field.withDefault("announce", MediaKinds.mediaList(),
      List.of(), "media played to the agent before bridging (whisper)");
  private static final Field<ScreenSpec> SCREEN = Field.optional("screen", HttpKinds.screen(),
      "the agent must press accept after prompt to take the call");
  private static final Field<Map<String, String>> EXITS = Field.withDefault("exits", exits(), Map.of(),
      "DTMF key -> step the waiting caller goes to when pressing it");

  private static final Field<QueueAgentAction> ACTION = Field.required("action",
      ScalarKinds.choice(Choices.of(QueueAgentAction.class, QueueAgentAction::label)),
      "login, logout, pause or unpause");
  private static final Field<Template> AGENT = Field.required("agent", TextKinds.template(),
      "the agent id (template), declared under agents: of a queue");
  private static final Field<Template> ENDPOINT = Field.optional("endpoint", TextKinds.template(),
      "login: the endpoint to ring (default: the caller's own device, e.g. PJSIP/3001)");
  private static final Field<Template> REASON = Field.optional("reason", TextKinds.template(),
      "pause: why (template)");

  private QueueDecls() {
  }

  static List<StepDecl> all() {
    return List.of(new StepDecl("queue", "Puts the caller in a queue until an agent has talked to them.",
        List.of(QUEUE, PRIORITY, SKILLS, MAX_WAIT, MIN_PENALTY, MAX_PENALTY, MUSIC, PLAYLIST, ANNOUNCE, SCREEN,
            EXITS), QueueDecls::queue),
        new StepDecl("queue-agent", "Logs a queue agent in or out, or pauses or unpauses them.",
            List.of(ACTION, AGENT, ENDPOINT, REASON), QueueDecls::agent));
  }

  private static QueueAgentSpec agent(StepFields f) {
    QueueAgentAction action = f.get(ACTION);
    if (f.written(ENDPOINT) && action != QueueAgentAction.LOGIN) {
      f.context().error(f.nodeOf(ENDPOINT), "endpoint is for action login only");
    }
    if (f.written(REASON) && action != QueueAgentAction.PAUSE) {
      f.context().error(f.nodeOf(REASON), "reason is for action pause only");
    }
    return new QueueAgentSpec(f.common(), action, f.get(AGENT), f.optional(ENDPOINT), f.optional(REASON));
  }

  private static QueueSpec queue(StepFields f) {
    if (f.written(MUSIC) && f.written(PLAYLIST)) {
      f.context().error(f.nodeOf(PLAYLIST), "a caller hears either music on hold or a playlist: remove music"
          + " or playlist");
    }
    Optional<Integer> min = f.optional(MIN_PENALTY);
    Optional<Integer> max = f.optional(MAX_PENALTY);
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      f.context().error(f.nodeOf(MIN_PENALTY), "minPenalty " + min.get() + " is above maxPenalty " + max.get());
    }
    return new QueueSpec(f.common(), f.get(QUEUE), f.optional(PRIORITY), f.get(SKILLS), f.optional(MAX_WAIT),
        toInt(min), toInt(max), f.optional(MUSIC), f.get(PLAYLIST), f.get(ANNOUNCE), f.optional(SCREEN),
        f.get(EXITS));
  }

  private static OptionalInt toInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /** DTMF key -> step id; every step id is noted for the target checks. */
  private static Kind<Map<String, String>> exits() {
    return new Kind<>() {
      @Override
      public Optional<Map<String, String>> read(YamlNode node, String field, ReadContext context) {
        if (!(node instanceof YamlMap map)) {
          context.error(node, Messages.wrong(field, "a mapping of keys to step ids, e.g. \"0\": operator", node));
          return Optional.empty();
        }
        Map<String, String> exits = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlEntry entry : map.entries()) {
          Optional<String> key = ScalarKinds.key().read(entry.keyNode(), field, context);
          Optional<String> target = RefKinds.step().read(entry.value(), field + "." + entry.key(), context);
          key.ifPresent(k -> target.ifPresent(t -> exits.put(k, t)));
          ok &= key.isPresent() && target.isPresent();
        }
        return ok ? Optional.of(exits) : Optional.empty();
      }

      @Override
      public Map<String, Object> schema() {
        return Schemas.of("type", "object", "propertyNames", Schemas.pattern("^[0-9*#]$"),
            "additionalProperties", Schemas.type("string"));
      }
    };
  }
}
