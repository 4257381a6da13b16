package io.ariflow.flows.load.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.CountAnnouncement;
import io.ariflow.flows.conference.spec.JoinLeaveAnnouncement;
import io.ariflow.flows.conference.spec.MenuAction;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.conference.spec.TalkDetection;
import io.ariflow.flows.load.FlowLoader;
import io.ariflow.flows.load.LoadResult;
import io.ariflow.flows.load.Problem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Room declarations next to flows: the shape of the protocol page loads, and mistakes come back at file:line:col. */
class RoomDeclarationsTest {

  static final String TEAM_ROOMS = """
      rooms:
        - name: team-*
          bridge:
            max-members: 20
            start-locked: false
            pin-attempts: 3
            wait-for-marked: true
            end-when-last-marked-leaves: false
            join-leave: name
            member-count: to-joiner
            only-person-prompt: true
            moh-when-alone: true
            moh-class: default
            record: { file: "conf-{room}-{date}-{seq}", format: wav, auto-start: false }
            talk-detection: { silence: 2500, threshold: 160 }
            dial-out: { endpoint: "PJSIP/{digits}", timeout: 30s, caller-id: "Team <500>" }
            drain-timeout: 5s
            prompts: { only-person: my-alone-sound }
          users:
            admin:  { pin: "9999", marked: true, menu: admin }
            plain:  { pin: "1234", start-muted: false, wait-marked: false, end-marked: false, quiet: false, menu: user }
          menus:
            user:  { "*1": toggle-mute, "*4": listen-volume-down, "*6": listen-volume-up,
                     "*7": talk-volume-down, "*9": talk-volume-up, "*8": leave, "*0": participant-count }
            admin: { "*1": toggle-mute, "*2": toggle-lock, "*3": kick-last, "#3": toggle-mute-participants,
                     "#4": toggle-record, "#1": lock, "#2": unlock,
                     "*5": add-participant, "*6": mute-participant, "*7": unmute-participant, "*8": kick-participant }
      """;

  @Test
  void theProtocolPagesShapeLoadsIntoTheRoomCatalog() {
    LoadResult loaded = load(Map.of("rooms.yaml", TEAM_ROOMS));

    assertEquals(List.of(), loaded.problems());
    RoomTemplate team = loaded.catalog().declarations().rooms().templateFor("team-7").orElseThrow();
    BridgeProfile bridge = team.bridge();
    assertEquals(20, bridge.maxMembers());
    assertTrue(bridge.waitForMarked());
    assertEquals(JoinLeaveAnnouncement.NAME, bridge.joinLeave());
    assertEquals(CountAnnouncement.TO_JOINER, bridge.memberCount());
    assertTrue(bridge.mohWhenAlone());
    assertEquals("conf-{room}-{date}-{seq}", bridge.recording().orElseThrow().fileName());
    assertEquals(TalkDetection.DEFAULTS, bridge.talkDetection().orElseThrow());
    assertEquals("PJSIP/201", bridge.dialOut().orElseThrow().endpointFor("201"));
    assertEquals(Duration.ofSeconds(30), bridge.dialOut().orElseThrow().timeout());
    assertEquals(new CallerId("Team", "500"), bridge.dialOut().orElseThrow().callerId());
    assertEquals("sound:my-alone-sound", bridge.prompts().media(PromptKey.ONLY_PERSON));
    assertEquals("9999", team.profile(Role.ADMIN).orElseThrow().pin().orElseThrow());
    assertTrue(team.profile(Role.ADMIN).orElseThrow().marked());
    assertTrue(team.profile(Role.MARKED).isEmpty());
    assertEquals(MenuAction.ADD_PARTICIPANT, team.menuFor(Role.ADMIN).orElseThrow().entries().get(7).action());
    assertEquals(7, team.menuFor(Role.PLAIN).orElseThrow().entries().size());
  }

  @Test
  void everyMistakeIsReportedAtOnceWhereItWasWrittenWithASuggestion() {
    LoadResult loaded = load(Map.of("rooms.yaml", """
        rooms:
          - name: board
            bridge:
              max-member: 5
              join-leave: names
              dial-out: { endpoint: "PJSIP/201" }
            users:
              admn: { pin: "1" }
              admin: { pin: "12a", menu: admins }
              plain: { menu: user }
            menus:
              user: { "*1": toggle-mut, "*2": kick-last }
              admin: { "*1": leave, "*12": lock }
        """));

    List<String> expected = List.of(
        "rooms.yaml:4:7: error: unknown field 'max-member' in bridge (fields: max-members, start-locked, "
            + "pin-attempts, wait-for-marked, end-when-last-marked-leaves, join-leave, member-count, "
            + "only-person-prompt, moh-when-alone, moh-class, record, talk-detection, dial-out, drain-timeout, "
            + "prompts); did you mean 'max-members'?",
        "rooms.yaml:5:19: error: 'bridge.join-leave' must be one of none, tone, name, not the text \"names\"; "
            + "did you mean 'name'?",
        "rooms.yaml:6:29: error: room 'board', bridge.dial-out.endpoint: an endpoint with {digits} for the digits "
            + "entered, e.g. PJSIP/{digits}",
        "rooms.yaml:8:7: error: unknown role 'admn' in users (roles: admin, marked, plain); did you mean 'admin'?",
        "rooms.yaml:12:21: error: 'menus.user.*1' must be one of toggle-mute, talk-volume-up, talk-volume-down, "
            + "listen-volume-up, listen-volume-down, leave, participant-count, kick-last, toggle-lock, "
            + "toggle-mute-participants, toggle-record, lock, unlock, add-participant, mute-participant, "
            + "unmute-participant, kick-participant, not the text \"toggle-mut\"; did you mean 'toggle-mute'?");
    assertTrue(formatted(loaded).containsAll(expected), () -> String.join("\n", formatted(loaded)));
    assertTrue(loaded.catalog().declarations().rooms().templates().isEmpty(), "a room with errors is left out");
  }

  @Test
  void problemsFoundOnTheBuiltRoomPointAtTheFieldThatCausedThem() {
    LoadResult loaded = load(Map.of("rooms.yaml", """
        rooms:
          - name: board
            bridge:
              dial-out: { endpoint: "PJSIP/201" }
            users:
              admin: { pin: "12a", menu: admins }
              plain: { menu: user }
            menus:
              user: { "*2": kick-last }
              admin: { "*1": leave, "*12": lock }
        """));

    assertEquals(List.of(
        "rooms.yaml:4:29: error: room 'board', bridge.dial-out.endpoint: an endpoint with {digits} for the digits "
            + "entered, e.g. PJSIP/{digits}",
        "rooms.yaml:6:21: error: room 'board', users.admin.pin: a PIN is 1 to 16 digits",
        "rooms.yaml:6:34: error: room 'board', users.admin.menu: no menu named admins; declared menus: [admin, user]",
        "rooms.yaml:7:22: error: room 'board', users.plain.menu: menu user has the admin action kick-last (*2) but "
            + "plain is not an admin",
        "rooms.yaml:10:16: error: room 'board', menus.admin.*1: *1 is a prefix of *12, so the menu could not tell "
            + "which entry was meant"),
        formatted(loaded).stream().map(line -> line.replace("[user, admin]", "[admin, user]")).toList());
  }

  @Test
  void aRoomDeclaredTwiceIsReportedAtTheSecondNamingTheFirst() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("a.yaml", "rooms:\n  - { name: board, users: { plain: {} } }\n");
    files.put("b.yaml", "rooms:\n  - name: board\n    users: { admin: {} }\n");

    LoadResult loaded = load(files);

    assertEquals(List.of("b.yaml:2:11: error: room 'board' is already declared at a.yaml:2:5; remove or rename "
        + "one of them"), formatted(loaded));
    assertTrue(loaded.catalog().declarations().rooms().templateFor("board").orElseThrow().profile(Role.PLAIN)
        .isPresent(), "the first declaration stays");
  }

  @Test
  void declarationsAndFlowsShareAFileAsSeparateDocuments() {
    LoadResult loaded = load(Map.of("conf.yaml", """
        rooms:
          - { name: sales, users: { plain: {} } }
        ---
        flow: sales-room
        start: join
        steps:
          join:
            type: conference
            room: sales
            next: bye
          bye:
            type: hangup
        """));

    assertEquals(List.of(), loaded.problems());
    assertTrue(loaded.catalog().flow("sales-room").isPresent());
    assertTrue(loaded.catalog().declarations().rooms().templateFor("sales").isPresent());
  }

  @Test
  void anUnknownTopLevelKeyInADeclarationDocumentIsNamed() {
    LoadResult loaded = load(Map.of("rooms.yaml", "rooms: []\nsupervison: {}\n"));

    assertEquals(List.of("rooms.yaml:2:1: error: unknown field 'supervison' in a declaration document (fields: "
        + "rooms, supervision; flows go in their own document); did you mean 'supervision'?"), formatted(loaded));
  }

  static LoadResult load(Map<String, String> files) {
    return new FlowLoader().loadTexts(files);
  }

  static List<String> formatted(LoadResult loaded) {
    return loaded.problems().stream().map(Problem::format).toList();
  }

  @Test
  void aCleanFileHasNoWarnings() {
    assertFalse(load(Map.of("rooms.yaml", TEAM_ROOMS)).hasErrors());
  }
}
