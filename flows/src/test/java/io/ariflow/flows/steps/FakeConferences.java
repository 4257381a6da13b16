package io.ariflow.flows.steps;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.room.ConferenceRooms;
import io.ariflow.flows.conference.room.RoomAnswer;
import io.ariflow.flows.conference.room.RoomDecision;
import io.ariflow.flows.conference.room.RoomEnvironment;
import io.ariflow.flows.conference.room.RoomMessage;
import io.ariflow.flows.conference.room.RoomNotice;
import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.port.ConferencePort;
import io.ariflow.flows.port.fakes.FakeIds;
import io.ariflow.flows.runtime.FlowHarness;
import io.ariflow.flows.state.TransitionObserver;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conference service on the real room directory: every decision is taken by the real rooms, its commands are
 * recorded instead of sent, and its notices reach the steps at once. Tests drive the rooms' other inputs (DTMF,
 * operations, timers) with {@link #send}.
 */
final class FakeConferences implements ConferencePort {

  final ConferenceRooms rooms;
  final List<Command> commands = new ArrayList<>();
  private final Map<String, Promise<RoomNotice.MemberReleased>> waiting = new HashMap<>();

  FakeConferences(RoomCatalog catalog) {
    Clock clock = Clock.fixed(FlowHarness.START, ZoneOffset.UTC);
    this.rooms = new ConferenceRooms(catalog, new RoomEnvironment(clock, new FakeIds(), TransitionObserver.NONE));
  }

  @Override
  public Future<RoomAnswer> send(String room, RoomMessage message) {
    RoomDecision decision = rooms.handle(room, message);
    commands.addAll(decision.commands());
    for (RoomNotice notice : decision.notices()) {
      if (notice instanceof RoomNotice.MemberReleased released) {
        Promise<RoomNotice.MemberReleased> promise = waiting.remove(released.channelId());
        if (promise != null) {
          promise.complete(released);
        }
      }
    }
    return Future.succeededFuture(decision.answer());
  }

  @Override
  public Future<RoomNotice.MemberReleased> released(String channelId) {
    Promise<RoomNotice.MemberReleased> promise = Promise.promise();
    waiting.put(channelId, promise);
    return promise.future();
  }

  @Override
  public void forget(String channelId) {
    waiting.remove(channelId);
  }

  /** The commands of {@code type} the rooms decided so far. */
  <C extends Command> List<C> commands(Class<C> type) {
    return commands.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
