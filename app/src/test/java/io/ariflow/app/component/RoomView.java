package io.ariflow.app.component;

import io.ariflow.flows.conference.room.MemberState;
import io.ariflow.flows.conference.room.MemberView;
import io.ariflow.flows.conference.room.RoomSnapshot;
import io.ariflow.sim.core.SimCore;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One room of a {@link ConferenceRig} as the tests look at it: callers entering with a PIN, the engine's snapshot
 * of the room and its members, the simulator's bridge, and the channel variables Asterisk holds (VOLUME, ...).
 */
final class RoomView {

  private final ConferenceRig rig;
  private final String name;

  RoomView(ConferenceRig rig, String name) {
    this.rig = rig;
    this.name = name;
  }

  /** Caller {@code number} dials {@code exten}, hears the PIN prompt and types {@code pin}. */
  String join(String exten, String number, String pin) {
    String channel = rig.call(exten, number);
    rig.hears(channel, "conf-getpin");
    rig.press(channel, pin + "#");
    return channel;
  }

  /** As {@link #join}, then waits until the caller is in the bridge. */
  String joinInRoom(String exten, String number, String pin) {
    String channel = join(exten, number, pin);
    rig.flows.until(number + " is in the room", () -> inRoom(channel));
    return channel;
  }

  boolean inRoom(String channel) {
    return rig.member(name, channel).map(member -> member.state() == MemberState.IN_ROOM).orElse(false);
  }

  /** The member's state, empty when the room does not know the channel (or is closed). */
  Optional<MemberState> state(String channel) {
    return rig.member(name, channel).map(MemberView::state);
  }

  MemberView member(String channel) {
    return rig.member(name, channel).orElseThrow(() -> new AssertionError(channel + " is not in " + name));
  }

  RoomSnapshot snapshot() {
    Optional<RoomSnapshot> room = rig.room(name);
    return room.orElseThrow(() -> new AssertionError("room " + name + " is not open"));
  }

  /** The channels in the room's bridge on the simulator, sorted. */
  List<String> bridge() {
    return rig.inBridge(snapshot().bridgeId());
  }

  /** The value Asterisk holds for {@code variable} on {@code channel} (GET /channels/{id}/variable). */
  Optional<String> variable(String channel, String variable) {
    return Await.result(rig.flows.sim.onLoop(core -> read(core, channel, variable)));
  }

  /**
   * Every caller still on the line hangs up and a room kept open by dialled participants alone is ended, as an
   * operator would; then nothing of any room may be left (bridge, snoop, dialled channel, followed id).
   */
  void everyoneHangsUpAndNothingIsLeft() {
    for (JsonObject caller : rig.channelsNamed("PJSIP/")) {
      Await.result(rig.flows.sim.callerHangsUp(caller.getString("id")).otherwiseEmpty());
    }
    rig.flows.until("every caller's room noticed the hangup", () -> Await.result(rig.control().rooms()).stream()
        .allMatch(room -> room.members().stream().allMatch(MemberView::invited)));
    for (RoomSnapshot room : Await.result(rig.control().rooms())) {
      Await.result(rig.control().end(room.name(), "the test is over"));
    }
    rig.nothingLeftBehind();
    rig.flows.until("no dialled participant is left", () -> rig.channelsNamed("Local/").isEmpty());
  }

  static List<String> sorted(String... ids) {
    return Stream.of(ids).sorted().toList();
  }

  private static Optional<String> read(SimCore core, String channel, String variable) {
    try {
      return Optional.of(core.variables().get(core.channels().require(channel), variable));
    } catch (RuntimeException notSet) {
      return Optional.empty();
    }
  }
}
