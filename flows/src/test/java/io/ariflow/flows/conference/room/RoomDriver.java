package io.ariflow.flows.conference.room;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.ariflow.flows.conference.SequentialIds;
import io.ariflow.flows.conference.VirtualClock;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.DtmfMenu;
import io.ariflow.flows.conference.spec.NamePattern;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.conference.spec.UserProfile;
import io.ariflow.flows.state.TransitionObserver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drives one room in tests: sends messages as the step and the adapter would, keeps every decision, and feeds
 * the commands to a {@link Ledger} so tests can ask what is still alive in Asterisk.
 */
final class RoomDriver {

  final VirtualClock clock = VirtualClock.atNine();
  final ConferenceRoom room;
  final Ledger ledger = new Ledger();
  final List<RoomDecision> decisions = new ArrayList<>();

  RoomDriver(RoomTemplate template, TransitionObserver observer) {
    room = ConferenceRoom.open("team-1", template, new RoomEnvironment(clock, new SequentialIds(), observer));
  }

  static RoomTemplate template(BridgeProfile bridge, Map<Role, UserProfile> users, DtmfMenu... menus) {
    Map<String, DtmfMenu> byName = Arrays.stream(menus).collect(Collectors.toMap(DtmfMenu::name, menu -> menu));
    return new RoomTemplate(NamePattern.of("team-*"), bridge, users, byName);
  }

  static Map<Role, UserProfile> users(Role... roles) {
    Map<Role, UserProfile> users = new EnumMap<>(Role.class);
    for (Role role : roles) {
      users.put(role, UserProfile.builder(role).build());
    }
    return users;
  }

  RoomDecision send(RoomMessage message) {
    RoomDecision decision = room.handle(message);
    decisions.add(decision);
    decision.commands().forEach(ledger::apply);
    return decision;
  }

  RoomDecision request(String channel, Optional<Role> role, Optional<String> pin) {
    return send(new RoomMessage.JoinRequest(channel, role, new Caller("Caller " + channel, number(channel)), pin,
        Optional.empty()));
  }

  /** Joins with {@code role} and expects to be admitted. */
  RoomDecision join(String channel, Role role) {
    RoomDecision decision = request(channel, Optional.of(role), Optional.empty());
    assertInstanceOf(RoomAnswer.Admitted.class, decision.answer(), () -> channel + ": " + decision.answer());
    return decision;
  }

  RoomDecision hangUp(String channel) {
    ledger.channelGone(channel);
    return send(new RoomMessage.MemberHungUp(channel));
  }

  RoomDecision leftBridge(String channel) {
    return send(new RoomMessage.MemberLeftBridge(channel));
  }

  /** Presses {@code digits} one by one; returns the decisions, one per digit. */
  List<RoomDecision> press(String channel, String digits) {
    List<RoomDecision> out = new ArrayList<>();
    for (char digit : digits.toCharArray()) {
      out.add(send(new RoomMessage.DtmfReceived(channel, digit)));
    }
    return out;
  }

  /** Every command of {@code decisions}, in order. */
  static List<Command> commands(List<RoomDecision> decisions) {
    return decisions.stream().flatMap(decision -> decision.commands().stream()).toList();
  }

  RoomDecision fire(TimerKey key) {
    return send(new RoomMessage.TimerFired(key));
  }

  /** Finishes every playback the room is following up on, as Asterisk would. */
  void finishPlaybacks() {
    List<String> playing = new ArrayList<>(ledger.playbacks);
    ledger.playbacks.clear();
    playing.forEach(id -> send(new RoomMessage.PlaybackFinished(id)));
  }

  /** The media of the plays sent to {@code target} in {@code decision}. */
  static List<List<String>> playsTo(RoomDecision decision, String targetId) {
    return decision.commands(Command.Play.class).stream()
        .filter(play -> play.target().id().equals(targetId)).map(Command.Play::media).toList();
  }

  /** Caller numbers by channel: {@code a1} is 101, {@code c1} 201, {@code m1} 301, anything else 900. */
  static String number(String channel) {
    String digits = channel.replaceAll("[^0-9]", "");
    String prefix = switch (channel.charAt(0)) {
      case 'a' -> "10";
      case 'c' -> "20";
      case 'm' -> "30";
      default -> "90";
    };
    return prefix + (digits.isEmpty() ? "0" : digits);
  }

  MemberView view(String channel) {
    return room.snapshot().members().stream().filter(member -> member.channelId().equals(channel)).findFirst()
        .orElseThrow(() -> new AssertionError(channel + " is not present"));
  }
}
