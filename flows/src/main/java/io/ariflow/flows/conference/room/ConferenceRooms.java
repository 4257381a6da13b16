package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.spec.RoomCatalog;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.event.HasPlayback;
import io.ariflow.model.event.HasRecording;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open rooms by name: a join request opens a room from the catalog, every other message goes to the room it
 * names, and a room that reached ENDED is forgotten (the next join opens a fresh one). A new catalog applies to
 * rooms opened afterwards. Owned by one engine context, like the rooms it holds.
 */
public final class ConferenceRooms {

  private final RoomEnvironment env;
  private final Map<String, ConferenceRoom> rooms = new LinkedHashMap<>();
  private RoomCatalog catalog;

  /** A directory over {@code catalog}. */
  public ConferenceRooms(RoomCatalog catalog, RoomEnvironment env) {
    this.catalog = catalog;
    this.env = env;
  }

  /** Swaps the catalog (after a reload); open rooms keep their template. */
  public void replaceCatalog(RoomCatalog newCatalog) {
    catalog = newCatalog;
  }

  /** Hands {@code message} to room {@code name}, opening it for a join request. */
  public RoomDecision handle(String name, RoomMessage message) {
    ConferenceRoom room = rooms.get(name);
    if (room == null) {
      if (!(message instanceof RoomMessage.JoinRequest)) {
        return RoomDecision.answer(new RoomAnswer.Ignored("no open room " + name));
      }
      Optional<RoomTemplate> template = catalog.templateFor(name);
      if (template.isEmpty()) {
        return RoomDecision.answer(new RoomAnswer.Refused(MemberOutcome.NO_SUCH_ROOM, List.of()));
      }
      room = ConferenceRoom.open(name, template.get(), env);
      rooms.put(name, room);
    }
    RoomDecision decision = room.handle(message);
    if (room.ended()) {
      rooms.remove(name);
    }
    return decision;
  }

  /**
   * Routes an ARI event to the room it concerns (by member channel, bridge, awaited playback or recording name),
   * maps it with {@link RoomSignals} and handles it; empty when no open room cares.
   */
  public Optional<RoomDecision> handle(AriEvent event) {
    for (ConferenceRoom room : List.copyOf(rooms.values())) {
      if (concerns(room, event)) {
        Optional<RoomMessage> message = RoomSignals.from(event, room.bridgeId());
        if (message.isPresent()) {
          return Optional.of(handle(room.name(), message.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean concerns(ConferenceRoom room, AriEvent event) {
    if (event instanceof HasChannel withChannel && withChannel.channel() != null
        && room.hasChannel(withChannel.channel().id())) {
      return true;
    }
    if (event instanceof HasPlayback withPlayback && withPlayback.playback() != null) {
      return room.awaitsPlayback(withPlayback.playback().id());
    }
    if (event instanceof HasRecording withRecording && withRecording.recording() != null) {
      return room.ownsRecording(withRecording.recording().name());
    }
    return false;
  }

  /** The open room {@code name}. */
  public Optional<ConferenceRoom> room(String name) {
    return Optional.ofNullable(rooms.get(name));
  }

  /** The name of the room that has {@code channelId} as a member (or is dialling it). */
  public Optional<String> roomOf(String channelId) {
    return rooms.values().stream().filter(room -> room.hasChannel(channelId)).map(ConferenceRoom::name).findFirst();
  }

  /** The open room whose bridge is {@code bridgeId}. */
  public Optional<String> roomOfBridge(String bridgeId) {
    return rooms.values().stream().filter(room -> room.bridgeId().equals(bridgeId))
        .map(ConferenceRoom::name).findFirst();
  }

  /** Every open room, in opening order. */
  public List<RoomSnapshot> list() {
    return rooms.values().stream().map(ConferenceRoom::snapshot).toList();
  }
}
