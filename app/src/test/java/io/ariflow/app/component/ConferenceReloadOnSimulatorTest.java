package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Room declarations reload with the flows: a room already open keeps the declaration it opened with, the next
 * opening of the room uses the new one; an edit that breaks the declarations is refused with its problem logged at
 * file:line:col, and the previous rooms and supervision rules stay in effect, as flows do.
 */
class ConferenceReloadOnSimulatorTest {

  private static final String ROOM = "team-1";

  @TempDir
  Path dir;
  private ConferenceRig rig;

  @BeforeEach
  void start() {
    rig = new ConferenceRig(dir, "rooms.yaml", ConferenceFiles.ROOMS, "flows.yaml", ConferenceFiles.FLOWS);
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void anOpenRoomKeepsItsPinAfterAReloadAndTheNextOpeningUsesTheNewOne() {
    String boss = join("100", "9999");
    rig.flows.until("the boss is in", () -> rig.member(ROOM, boss).isPresent());
    long generation = rig.flows.catalog().generation();

    rig.flows.write("rooms.yaml", ConferenceFiles.ROOMS.replace("pin: \"1234\"", "pin: \"5678\""));
    rig.flows.until("the new declarations are loaded", () -> rig.flows.catalog().generation() > generation);

    String alice = join("201", "1234");
    rig.flows.until("alice entered with the old PIN", () -> rig.member(ROOM, alice).isPresent());
    rig.hangUp(boss);
    rig.ended(alice, "join", "room-ended");
    rig.nothingLeftBehind();

    String deputy = join("102", "9999");
    rig.flows.until("the room opened again", () -> rig.member(ROOM, deputy).isPresent());
    String bob = join("202", "1234");
    rig.hears(bob, "conf-invalidpin");
    rig.press(bob, "5678#");
    rig.flows.until("bob entered with the new PIN", () -> rig.member(ROOM, bob).isPresent());
  }

  @Test
  void aBrokenEditOfTheDeclarationsIsRefusedAndThePreviousRoomsAndRulesStayInEffect() {
    try (LogLines log = new LogLines("io.ariflow.app.flows")) {
      long generation = rig.flows.catalog().generation();
      rig.flows.write("rooms.yaml", ConferenceFiles.ROOMS.replace("max-members: 3", "max-members: lots")
          .replace("modes: [listen, whisper, barge]", "modes: [listen, shout]"));
      rig.flows.until("the edit was seen", () -> rig.flows.catalog().generation() > generation);

      assertTrue(log.any("ERROR", "rooms.yaml:4:20", "max-members"), String.join("\n", log.all()));
      assertTrue(log.any("ERROR", "rooms.yaml:25:64", "shout"), String.join("\n", log.all()));
      assertTrue(log.any("room 'team-*' changed but does not validate", "previous declaration stays in effect"));
      assertTrue(log.any("supervision changed but does not validate", "previous declaration stays in effect"));
    }
    String boss = join("100", "9999");
    rig.flows.until("the boss entered the room declared before the edit", () -> rig.member(ROOM, boss).isPresent());
    String caller = rig.call("agent-call", "5551000");
    rig.flows.until("the caller talks to the agent", () -> rig.channelsNamed("Local/answer@answer-wait").size() >= 1
        && rig.flows.bridges().size() == 2);
    String lead = rig.call("spy", "1001");
    rig.flows.until("the lead listens under the previous rules", () -> rig.channelsNamed("Snoop/").size() == 1);
    rig.hangUp(lead);
    rig.hangUp(caller);
    rig.hangUp(boss);
    rig.nothingLeftBehind();
  }

  private String join(String number, String pin) {
    String channel = rig.call("team", number);
    rig.hears(channel, "conf-getpin");
    rig.press(channel, pin + "#");
    return channel;
  }
}
