package io.ariflow.flows.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.room.Caller;
import io.ariflow.flows.conference.room.MemberState;
import io.ariflow.flows.conference.room.RoomMessage;
import io.ariflow.flows.conference.room.RoomOperation;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.load.FlowCatalog;
import io.ariflow.flows.port.ConferencePort;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The conference step on the real rooms: PIN, menu, refusals, kicks, timeouts and a room ending at the door. */
class ConferenceStepTest {

  private static final String ROOMS = """
      rooms:
        - name: team-*
          bridge: { pin-attempts: 3, only-person-prompt: false }
          users:
            admin: { pin: "9999", marked: true }
            plain: { pin: "1234", menu: user }
          menus:
            user: { "*8": leave, "*1": toggle-mute }
        - name: open
          bridge: { only-person-prompt: false }
          users: { plain: {}, admin: {} }
      ---
      """;

  private FakeConferences rooms;

  private FlowHarness conference(String stepFields) {
    return conference(stepFields, "{ no-such-room: sorry }");
  }

  private FlowHarness conference(String stepFields, String on) {
    FlowCatalog catalog = FlowHarness.load(ROOMS + """
        flow: conf
        start: join
        steps:
          join:
            type: conference
        %s
            on: %s
            next: bye
          sorry:
            type: hangup
            cause: busy
          bye:
            type: hangup
        """.formatted(stepFields.indent(4).stripTrailing(), on));
    rooms = new FakeConferences(catalog.declarations().rooms());
    return FlowHarness.of(catalog, "conf", RunOptions.defaults(), true, StepRegistry.standard(),
        TransitionObserver.NONE, Map.of(ConferencePort.class, rooms)).start();
  }

  @Test
  void aCallerWithTheRightPinEntersAndLeavesWithTheMenu() {
    FlowHarness h = conference("room: team-1");

    assertEquals(List.of("sound:conf-getpin"), h.lastMedia());
    h.calls.press("1234#");
    assertEquals(MemberState.IN_ROOM, member(FlowHarness.CALLER).state());
    rooms.send("team-1", new RoomMessage.DtmfReceived(FlowHarness.CALLER, '*'));
    rooms.send("team-1", new RoomMessage.DtmfReceived(FlowHarness.CALLER, '8'));

    assertEquals(Optional.of("left"), h.outcomeOf("join"));
    assertEquals("plain", h.result("join", "role"));
    assertEquals(1, h.result("join", "seat"));
    assertEquals("team-1", h.result("join", "room"));
    assertInstanceOf(RunResult.HungUpByFlow.class, h.result());
  }

  @Test
  void threeWrongPinsEndTheStepWithWrongPinWhichFollowsNext() {
    FlowHarness h = conference("room: team-1");

    h.calls.press("1111#");
    assertEquals(List.of("sound:conf-invalidpin", "sound:conf-getpin"), h.lastMedia());
    h.calls.press("2222#");
    h.calls.press("3333#");
    h.calls.finishPlayback();

    assertEquals(Optional.of("wrong-pin"), h.outcomeOf("join"));
    assertEquals(Optional.of("done"), h.outcomeOf("bye").map(o -> "done"));
  }

  @Test
  void aKickedCallerHearsWhyAndTheFlowRoutesKicked() {
    FlowHarness h = conference("room: open\nrole: plain", "{ kicked: sorry }");

    rooms.send("open", new RoomOperation.KickMember(FlowHarness.CALLER, "the boss"));
    assertEquals(List.of("sound:conf-kicked"), h.lastMedia());
    h.calls.finishPlayback();

    assertEquals(Optional.of("kicked"), h.outcomeOf("join"));
    assertEquals("kicked by the boss", h.result("join", "detail"));
    assertEquals(new RunResult.HungUpByFlow("busy"), h.result());
  }

  @Test
  void aLockedRoomRefusesAPlainCallerWhoHearsThatItIsLocked() {
    FlowHarness h = conferenceAfter("room: open\nrole: plain", fake -> {
      fake.send("open", new RoomMessage.JoinRequest("admin-1", Optional.of(Role.ADMIN), new Caller("", "100"),
          Optional.empty(), Optional.empty()));
      fake.send("open", new RoomOperation.Lock());
    });

    assertEquals(List.of("sound:conf-locked"), h.lastMedia());
    h.calls.finishPlayback();

    assertEquals(Optional.of("locked"), h.outcomeOf("join"));
  }

  @Test
  void theStepsTimeoutTakesTheCallerOutOfTheRoom() {
    FlowHarness h = conference("room: open\nrole: plain\ntimeout: 30s", "{ timeout: bye, no-such-room: sorry }");
    h.advance(Duration.ofSeconds(30));

    assertEquals(Optional.of("timeout"), h.outcomeOf("join"));
    assertTrue(rooms.rooms.room("open").isEmpty(), "the room ended with its only member gone");
    assertTrue(rooms.commands(Command.DestroyBridge.class).size() == 1, rooms.commands.toString());
  }

  @Test
  void aRoomEndingWhileTheCallerTypesItsPinEndsTheStepWithRoomEnded() {
    FlowHarness h = conferenceAfter("room: team-1", fake -> fake.send("team-1",
        new RoomMessage.JoinRequest("admin-1", Optional.of(Role.ADMIN), new Caller("", "100"), Optional.of("9999"),
            Optional.empty())));
    assertEquals(List.of("sound:conf-getpin"), h.lastMedia());

    rooms.send("team-1", new RoomOperation.End("the meeting is over"));
    h.calls.press("1234#");
    h.calls.finishPlayback();

    assertEquals(Optional.of("room-ended"), h.outcomeOf("join"));
  }

  @Test
  void anAdminNamedByTheFlowSkipsThePinAndAnOverrideMutesIt() {
    FlowHarness h = conference("room: open\nrole: admin\nstartMuted: true");

    assertEquals(MemberState.IN_ROOM, member(FlowHarness.CALLER).state());
    assertTrue(member(FlowHarness.CALLER).muted());
    assertEquals(Role.ADMIN, member(FlowHarness.CALLER).role());
    assertEquals(List.of(new Command.Mute(FlowHarness.CALLER)), rooms.commands(Command.Mute.class));
  }

  @Test
  void withoutAConferenceServiceTheStepFails() {
    FlowCatalog catalog = FlowHarness.load(ROOMS + """
        flow: conf
        start: join
        steps:
          join: { type: conference, room: open, next: bye, on: { error: bye } }
          bye: { type: hangup }
        """);
    FlowHarness h = FlowHarness.of(catalog, "conf", RunOptions.defaults(), true).start();

    assertEquals(Optional.of("error"), h.outcomeOf("join"));
  }

  private FlowHarness conferenceAfter(String stepFields, java.util.function.Consumer<FakeConferences> before) {
    FlowCatalog catalog = FlowHarness.load(ROOMS + """
        flow: conf
        start: join
        steps:
          join:
            type: conference
        %s
            next: bye
          bye:
            type: hangup
        """.formatted(stepFields.indent(4).stripTrailing()));
    rooms = new FakeConferences(catalog.declarations().rooms());
    before.accept(rooms);
    return FlowHarness.of(catalog, "conf", RunOptions.defaults(), true, StepRegistry.standard(),
        TransitionObserver.NONE, Map.of(ConferencePort.class, rooms)).start();
  }

  private io.ariflow.flows.conference.room.MemberView member(String channelId) {
    return rooms.rooms.list().stream().flatMap(room -> room.members().stream())
        .filter(view -> view.channelId().equals(channelId)).findFirst()
        .orElseThrow(() -> new AssertionError("no member " + channelId + " in " + rooms.rooms.list()));
  }

  @Test
  void anUnknownLiteralRoomIsALoadError() {
    var loaded = new io.ariflow.flows.load.FlowLoader().loadTexts(Map.of("f.yaml", ROOMS + """
        flow: conf
        start: join
        steps:
          join: { type: conference, room: tema-1, next: other }
          other: { type: conference, room: team-2, role: marked, next: bye }
          bye: { type: hangup }
        """));

    assertEquals(List.of("f.yaml:16:35: error: no room declaration covers 'tema-1'; declared: team-*, open; did you "
        + "mean 'team-*'?", "f.yaml:17:50: error: room 'team-*' has no marked profile under users:, so a marked could "
        + "never enter; declare users.marked or change the role"),
        loaded.errors().stream().map(p -> p.format()).toList());
  }
}
