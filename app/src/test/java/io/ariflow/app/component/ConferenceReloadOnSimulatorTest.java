package io.ariflow.app.component;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Room declarations reload with the flows: a room already open keeps the declaration it opened with, the next
 * opening of the room uses the new one.
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

  private String join(String number, String pin) {
    String channel = rig.call("team", number);
    rig.hears(channel, "conf-getpin");
    rig.press(channel, pin + "#");
    return channel;
  }
}
