package io.ariflow.flows.load.decl;

import io.ariflow.flows.conference.spec.ProfileOverrides;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.supervision.SupervisionMode;
import io.ariflow.flows.expr.Template;
import io.ariflow.flows.spec.ConferenceSpec;
import io.ariflow.flows.spec.SuperviseSpec;
import java.time.Duration;
import java.util.List;

/**
 * Declarations of the conference steps: {@code conference} (join a room) and {@code supervise} (listen, whisper or
 * barge on a call). Whether a literal room name is declared is checked once every file is read.
 */
final class ConferenceDecls {

  private static final Field<Template> ROOM = Field.required("room", TextKinds.template(),
      "the room name (template), e.g. team-${args.team}");
  private static final Field<Role> ROLE = Field.optional("role",
      ScalarKinds.choice(Choices.of(Role.class, Role::label)), "admin, marked or plain; absent: the PIN decides");
  private static final Field<Template> PIN = Field.optional("pin", TextKinds.template(),
      "a PIN already collected; the room asks again when it is wrong");
  private static final Field<Duration> PIN_TIMEOUT = Field.withDefault("pinTimeout", ScalarKinds.duration(),
      Duration.ofSeconds(10), "how long the caller may take to type the PIN after the prompt");
  private static final Field<Duration> NAME_DURATION = Field.withDefault("nameDuration", ScalarKinds.duration(),
      Duration.ofSeconds(3), "the longest recorded name, when the room announces names");
  private static final Field<Boolean> START_MUTED = Field.optional("startMuted", ScalarKinds.bool(),
      "overrides the role's start-muted");
  private static final Field<Boolean> QUIET = Field.optional("quiet", ScalarKinds.bool(),
      "overrides the role's quiet (no join/leave announcement)");
  private static final Field<Boolean> WAIT_MARKED = Field.optional("waitMarked", ScalarKinds.bool(),
      "overrides the role's wait-marked");
  private static final Field<Boolean> END_MARKED = Field.optional("endMarked", ScalarKinds.bool(),
      "overrides the role's end-marked");

  private static final Field<Template> TARGET = Field.required("target", TextKinds.template(),
      "the supervised agent's channel id, or its endpoint as ChanSpy takes it (PJSIP/2001)");
  private static final Field<SupervisionMode> MODE = Field.withDefault("mode",
      ScalarKinds.choice(Choices.of(SupervisionMode.class, SupervisionMode::label)), SupervisionMode.LISTEN,
      "listen, whisper or barge");
  private static final Field<Template> IDENTITY = Field.optional("identity", TextKinds.template(),
      "who the supervisor is for the rules, e.g. PJSIP/1001 (default: its channel's endpoint)");

  private ConferenceDecls() {
  }

  static List<StepDecl> all() {
    return List.of(
        new StepDecl("conference", "Brings the caller into a conference room.", List.of(ROOM, ROLE, PIN,
            PIN_TIMEOUT, NAME_DURATION, START_MUTED, QUIET, WAIT_MARKED, END_MARKED), ConferenceDecls::conference),
        new StepDecl("supervise", "Listens to, whispers to or barges into a running call.",
            List.of(TARGET, MODE, IDENTITY),
            f -> new SuperviseSpec(f.common(), f.get(TARGET), f.get(MODE), f.optional(IDENTITY))));
  }

  private static ConferenceSpec conference(StepFields f) {
    ProfileOverrides overrides = new ProfileOverrides(f.optional(START_MUTED), f.optional(QUIET),
        f.optional(WAIT_MARKED), f.optional(END_MARKED));
    return new ConferenceSpec(f.common(), f.get(ROOM), f.optional(ROLE), f.optional(PIN), f.get(PIN_TIMEOUT),
        f.get(NAME_DURATION), overrides);
  }
}
