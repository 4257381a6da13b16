package io.ariflow.app.conference;

import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.engine.ResourceKind;
import io.ariflow.flows.conference.room.ConferenceRoom;
import io.ariflow.flows.conference.room.ConferenceRooms;
import io.ariflow.flows.conference.room.RoomAnswer;
import io.ariflow.flows.conference.room.RoomDecision;
import io.ariflow.flows.conference.room.RoomEnvironment;
import io.ariflow.flows.conference.room.RoomMessage;
import io.ariflow.flows.conference.room.RoomNotice;
import io.ariflow.flows.conference.room.RoomOperation;
import io.ariflow.flows.conference.room.RoomSignals;
import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.port.ConferencePort;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.StasisStart;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of every conference room, on the engine's context: hands messages to the room directory, carries
 * out each decision ({@link RoomWork}: commands in order per room, then notices), follows the events of what the
 * rooms own (bridges, member channels, playbacks, recordings, dialled participants) and tells each member's
 * {@code conference} step when its room lets it go.
 */
public final class ConferenceHost implements ConferencePort, EventOwner {
  private static final Logger LOG = LoggerFactory.getLogger(ConferenceHost.class);

  private final ConferenceRooms rooms;
  private final OwnedIds owned;
  private final DialOuts dialOuts = new DialOuts();
  private final Map<String, Promise<RoomNotice.MemberReleased>> waiting = new HashMap<>();
  private final RoomWork work;

  /** A host over {@code catalog}; its timers and ids come with {@code env}, its claims go to {@code objects}. */
  ConferenceHost(RoomCatalog catalog, RoomEnvironment env, AriCommands ari, ObjectOwners objects,
      KeyedTimers timers) {
    this.rooms = new ConferenceRooms(catalog, env);
    this.owned = new OwnedIds(objects, this);
    this.work = new RoomWork(ari, owned, timers, dialOuts, this);
  }

  /** Rooms opened from now on use {@code catalog}; open rooms keep their declaration. */
  public void replaceCatalog(RoomCatalog catalog) {
    rooms.replaceCatalog(catalog);
  }

  /** The room directory, for listings (read it on the engine's context). */
  public ConferenceRooms rooms() {
    return rooms;
  }

  @Override
  public Future<RoomAnswer> send(String room, RoomMessage message) {
    Optional<ConferenceRoom> before = rooms.room(room);
    RoomDecision decision = rooms.handle(room, message);
    logAnswer(room, message, decision.answer());
    Optional<RoomRef> ref = before.or(() -> rooms.room(room)).map(open -> new RoomRef(room, open.bridgeId()));
    if (ref.isEmpty()) {
      return work.carryOutUnowned(room, decision).map(done -> decision.answer());
    }
    if (message instanceof RoomMessage.JoinRequest join && rooms.room(room).isPresent()) {
      owned.claim(ref.get().members(), join.channelId(), ResourceKind.CHANNEL);
    }
    return work.carryOut(ref.get(), decision).map(done -> decision.answer());
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

  @Override
  public void onEvent(AriEvent event) {
    String channelId = event instanceof HasChannel about && about.channel() != null ? about.channel().id() : null;
    if (channelId != null && dialOuts.isDialling(channelId)) {
      dialledParticipant(channelId, event);
      return;
    }
    roomOf(event, channelId).ifPresent(open -> signal(open, event));
  }

  /**
   * Takes note of what the rooms follow now; the returned check, given what Asterisk holds after a reconnect,
   * releases members who hung up in the gap (with the usual announcements), lets dialled participants that
   * answered join, and ends every room whose bridge is gone (Asterisk restarted).
   */
  Consumer<AriPicture> recovery(LostEnds ends) {
    Consumer<AriPicture> lost = ends.watch(owned, this, dialOuts::isDialling);
    Map<String, String> bridges = new HashMap<>();
    rooms.list().stream().filter(room -> owned.holds(room.bridgeId()))
        .forEach(room -> bridges.put(room.name(), room.bridgeId()));
    return picture -> {
      lost.accept(picture);
      bridges.forEach((name, bridgeId) -> endIfBridgeGone(name, bridgeId, picture));
    };
  }

  /** How many ARI ids the rooms still follow (tests: nothing left behind once every room ended). */
  public int ownedIds() {
    return owned.size();
  }

  /** Delivers what a room told its members' steps; called by {@link RoomWork} once the commands ran. */
  void deliver(RoomNotice notice) {
    if (notice instanceof RoomNotice.MemberReleased released) {
      LOG.info("channel={} released from its room: {} ({})", released.channelId(), released.outcome().label(),
          released.detail());
      Promise<RoomNotice.MemberReleased> promise = waiting.remove(released.channelId());
      if (promise != null) {
        promise.tryComplete(released);
      }
    } else if (notice instanceof RoomNotice.RoomEnded ended) {
      LOG.info("room={} ended: {}", ended.room(), ended.reason());
    }
  }

  private void endIfBridgeGone(String name, String bridgeId, AriPicture picture) {
    boolean open = rooms.room(name).filter(room -> room.bridgeId().equals(bridgeId) && !room.ended()).isPresent();
    if (open && !picture.hasBridge(bridgeId)) {
      LOG.warn("room={} lost its bridge {} while the events connection was down (Asterisk restarted?); ending it",
          name, bridgeId);
      send(name, new RoomOperation.End("its bridge is gone"));
    }
  }

  private void signal(ConferenceRoom room, AriEvent event) {
    Optional<RoomMessage> message = RoomSignals.from(event, room.bridgeId());
    message.ifPresent(m -> send(room.name(), m).onFailure(failure ->
        LOG.warn("room={} could not handle {}: {}", room.name(), event.type(), failure.toString())));
    work.afterEvent(new RoomRef(room.name(), room.bridgeId()), event);
  }

  private void dialledParticipant(String channelId, AriEvent event) {
    if (event instanceof StasisStart start) {
      dialOuts.settle(channelId).ifPresent(room -> send(room, new RoomMessage.JoinRequest(channelId,
          Optional.empty(), DialOuts.callerOf(start.channel()), Optional.empty(), Optional.empty())));
      return;
    }
    DialOuts.failure(event).ifPresent(reason -> dialOuts.settle(channelId).ifPresent(room -> {
      owned.groupOf(channelId).ifPresent(group -> owned.release(group, channelId));
      send(room, new RoomMessage.DialOutFailed(channelId, reason));
    }));
  }

  /** The open room an event concerns: the room of its channel, else of its bridge, playback or recording. */
  private Optional<ConferenceRoom> roomOf(AriEvent event, String channelId) {
    Optional<String> group = channelId == null ? Optional.empty() : owned.groupOf(channelId);
    if (group.isEmpty()) {
      group = RoomWork.objectIds(event).stream().map(owned::groupOf).flatMap(Optional::stream).findFirst();
    }
    return group.map(RoomRef::bridgeOf).flatMap(rooms::roomOfBridge).flatMap(rooms::room);
  }

  private static void logAnswer(String room, RoomMessage message, RoomAnswer answer) {
    if (answer instanceof RoomAnswer.Illegal illegal) {
      LOG.warn("room={} {} does not fit: {}", room, message.getClass().getSimpleName(), illegal.transition());
    } else if (answer instanceof RoomAnswer.Admitted || answer instanceof RoomAnswer.Refused) {
      LOG.info("room={} channel {}: {}", room, channelOf(message), answer);
    }
  }

  private static String channelOf(RoomMessage message) {
    if (message instanceof RoomMessage.JoinRequest join) {
      return join.channelId();
    }
    if (message instanceof RoomMessage.PinEntered pin) {
      return pin.channelId();
    }
    return message instanceof RoomMessage.NameRecorded name ? name.channelId() : "?";
  }
}
