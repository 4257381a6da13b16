package io.ariflow.flows.conference.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.load.Severity;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Good and bad declarations side by side, with the exact problems expected. */
class DeclarationCheckTest {

  private static final DtmfMenu ADMIN_MENU = DtmfMenu.of("admin",
      new MenuEntry("*1", MenuAction.TOGGLE_MUTE), new MenuEntry("*2", MenuAction.TOGGLE_LOCK),
      new MenuEntry("*5", MenuAction.ADD_PARTICIPANT), new MenuEntry("*6", MenuAction.MUTE_PARTICIPANT));
  private static final DtmfMenu USER_MENU = DtmfMenu.of("user", new MenuEntry("*1", MenuAction.TOGGLE_MUTE),
      new MenuEntry("*8", MenuAction.LEAVE));

  private static RoomTemplate teamRoom() {
    return new RoomTemplate(NamePattern.of("team-*"), BridgeProfile.builder()
        .waitForMarked(true).recording(RecordingPlan.onDemand()).talkDetection(TalkDetection.DEFAULTS)
        .dialOut(new DialOutPlan("PJSIP/{digits}", Duration.ofSeconds(30), CallerId.NONE)).build(),
        Map.of(Role.ADMIN, UserProfile.builder(Role.ADMIN).marked(true).pin("9999").menu("admin").build(),
            Role.PLAIN, UserProfile.builder(Role.PLAIN).pin("1234").menu("user").build()),
        Map.of("admin", ADMIN_MENU, "user", USER_MENU));
  }

  private static List<String> problems(RoomTemplate template) {
    return DeclarationCheck.check(template).stream().map(DeclarationProblem::toString).toList();
  }

  @Test
  void a_team_room_with_pins_menus_recording_and_dial_out_is_valid() {
    assertEquals(List.of(), DeclarationCheck.check(RoomCatalog.of(teamRoom())));
  }

  @Test
  void bridge_values_out_of_range_are_reported_by_field() {
    RoomTemplate bad = new RoomTemplate(NamePattern.of("team 1"), BridgeProfile.builder().maxMembers(-1)
        .pinAttempts(0).mohClass(" ").drainTimeout(Duration.ZERO)
        .recording(new RecordingPlan("conf-{room}-{when}", "WAV!", false))
        .talkDetection(new TalkDetection(0, -1))
        .dialOut(new DialOutPlan("201", Duration.ZERO, CallerId.NONE))
        .prompts(Prompts.DEFAULTS.with(PromptKey.ONLY_PERSON, "")).build(),
        plainOnly(), Map.of());
    assertEquals(List.of(
        "error: room team 1, name: a room name uses letters, digits, '.', '_', '@', '+', '-' and '*' as a wildcard",
        "error: room team 1, bridge.max-members: must be 0 (no limit) or more",
        "error: room team 1, bridge.pin-attempts: must be at least 1",
        "error: room team 1, bridge.moh-class: name a music on hold class, e.g. default",
        "error: room team 1, bridge.drain-timeout: must be positive",
        "error: room team 1, bridge.record.file: unknown placeholder {when}; use {room}, {date}, {seq}",
        "error: room team 1, bridge.record.format: a format such as wav, gsm or ulaw",
        "error: room team 1, bridge.talk-detection.silence: must be positive",
        "error: room team 1, bridge.talk-detection.threshold: must be positive",
        "error: room team 1, bridge.dial-out.endpoint: an endpoint with {digits} for the digits entered,"
            + " e.g. PJSIP/{digits}",
        "error: room team 1, bridge.dial-out.timeout: must be positive",
        "error: room team 1, bridge.prompts.only-person: name a sound, or leave the key out to use conf-onlyperson"),
        problems(bad));
  }

  @Test
  void profiles_with_bad_pins_missing_menus_and_admin_actions_for_participants_are_reported() {
    RoomTemplate bad = new RoomTemplate(NamePattern.of("team-*"), BridgeProfile.builder().build(), Map.of(
        Role.ADMIN, UserProfile.builder(Role.ADMIN).pin("12a").menu("nope").build(),
        Role.MARKED, UserProfile.builder(Role.MARKED).pin("1234").build(),
        Role.PLAIN, UserProfile.builder(Role.PLAIN).pin("1234").menu("admin").build()),
        Map.of("admin", DtmfMenu.of("admin", new MenuEntry("*2", MenuAction.TOGGLE_LOCK))));
    assertEquals(List.of(
        "error: room team-*, users.admin.pin: a PIN is 1 to 16 digits",
        "error: room team-*, users.admin.menu: no menu named nope; declared menus: [admin]",
        "error: room team-*, users.plain.pin: same PIN as marked; a PIN must tell the roles apart",
        "error: room team-*, users.plain.menu: menu admin has the admin action toggle-lock (*2) but plain is not"
            + " an admin"), problems(bad));
  }

  @Test
  void waiting_for_a_marked_member_no_role_can_be_is_an_error_and_ending_with_one_a_warning() {
    RoomTemplate bad = new RoomTemplate(NamePattern.of("team-*"),
        BridgeProfile.builder().waitForMarked(true).endWhenLastMarkedLeaves(true).build(),
        plainOnly(), Map.of());
    assertEquals(List.of(
        "error: room team-*, users: members wait for a marked member but no role is marked; mark the leader's role",
        "warning: room team-*, users: ending when the last marked member leaves never applies: no role is marked"),
        problems(bad));
  }

  @Test
  void a_room_nobody_may_enter_is_an_error() {
    RoomTemplate bad = new RoomTemplate(NamePattern.of("x"), BridgeProfile.builder().build(), Map.of(), Map.of());
    assertEquals(List.of("error: room x, users: declare at least one of admin, marked, plain"), problems(bad));
  }

  @Test
  void ambiguous_menus_and_service_codes_that_cannot_end_are_reported() {
    DtmfMenu menu = new DtmfMenu("admin", List.of(
        new MenuEntry("*1", MenuAction.TOGGLE_MUTE), new MenuEntry("*1", MenuAction.LEAVE),
        new MenuEntry("*", MenuAction.PARTICIPANT_COUNT), new MenuEntry("*5#", MenuAction.KICK_PARTICIPANT),
        new MenuEntry("9x", MenuAction.LOCK), new MenuEntry("#7", MenuAction.ADD_PARTICIPANT)), Duration.ZERO);
    RoomTemplate bad = new RoomTemplate(NamePattern.of("x"), BridgeProfile.builder().build(),
        Map.of(Role.ADMIN, UserProfile.builder(Role.ADMIN).menu("admin").build()),
        Map.of("admin", menu, "empty", DtmfMenu.of("other")));
    List<String> expected = List.of(
        "error: room x, menus.admin.digit-timeout: must be positive",
        "error: room x, menus.admin.*1: *1 is declared twice, so the menu could not tell which entry was meant",
        "error: room x, menus.admin.*: * is a prefix of *1, so the menu could not tell which entry was meant",
        "error: room x, menus.admin.*: * is a prefix of *1, so the menu could not tell which entry was meant",
        "error: room x, menus.admin.*: * is a prefix of *5#, so the menu could not tell which entry was meant",
        "error: room x, menus.admin.*5#: kick-participant takes digits ended by #, so its code cannot end with #",
        "error: room x, menus.admin.9x: digits are 0-9, *, # and A-D",
        "error: room x, menus.admin.#7: add-participant needs bridge.dial-out (the endpoint to dial,"
            + " e.g. PJSIP/{digits})",
        "error: room x, menus.empty: declared as empty but named other",
        "error: room x, menus.empty: a menu needs at least one entry");
    List<String> problems = problems(bad);
    assertEquals(expected.size(), problems.size(), problems.toString());
    assertEquals(new HashSet<>(expected), new HashSet<>(problems), "menus are checked in no particular order");
  }

  @Test
  void two_declarations_with_the_same_name_are_an_error() {
    assertEquals(List.of(new DeclarationProblem(Severity.ERROR, "team-*", "name",
        "another room is declared with the same name; remove or rename one of them")),
        DeclarationCheck.check(RoomCatalog.of(teamRoom(), teamRoom())));
  }

  private static Map<Role, UserProfile> plainOnly() {
    return Map.of(Role.PLAIN, UserProfile.builder(Role.PLAIN).build());
  }
}
