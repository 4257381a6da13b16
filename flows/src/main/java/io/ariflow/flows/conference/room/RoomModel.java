package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.conference.spec.BridgeProfile;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.state.IllegalTransitionException;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.TransitionHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one room, shared by the parts of its owner (admission, presence, menus, moderation, recording):
 * the room's machines, its members in arrival order, pending prompts and invitations, and a few flags.
 */
final class RoomModel {

  private final String name;
  private final RoomTemplate template;
  private final String bridgeId;
  private final RoomEnvironment env;
  private final TransitionHistory history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
  private final StateCursor<RoomState, RoomInput> life;
  private final StateCursor<LockState, LockInput> lock;
  private final StateCursor<RecordingState, RecordingInput> recording;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, FollowUp> followUps = new LinkedHashMap<>();
  private final Map<String, Invitation> invitations = new LinkedHashMap<>();
  private final RoomFlags flags = new RoomFlags();

  RoomModel(String name, RoomTemplate template, RoomEnvironment env) {
    this.name = name;
    this.template = template;
    this.env = env;
    this.bridgeId = env.ids().next("bridge");
    this.life = new StateCursor<>(RoomTable.TABLE, RoomState.EMPTY, history, env.observer());
    LockState initialLock = template.bridge().startLocked() ? LockState.LOCKED : LockState.UNLOCKED;
    this.lock = new StateCursor<>(LockTable.TABLE, initialLock, history, env.observer());
    this.recording = new StateCursor<>(RecordingTable.TABLE, RecordingState.IDLE, history, env.observer());
  }

  String name() {
    return name;
  }

  RoomTemplate template() {
    return template;
  }

  BridgeProfile bridge() {
    return template.bridge();
  }

  String media(PromptKey key) {
    return template.bridge().prompts().media(key);
  }

  String bridgeId() {
    return bridgeId;
  }

  Target bridgeTarget() {
    return Target.bridge(bridgeId);
  }

  Instant now() {
    return env.clock().instant();
  }

  RoomEnvironment env() {
    return env;
  }

  TransitionHistory history() {
    return history;
  }

  RoomFlags flags() {
    return flags;
  }

  RoomState state() {
    return life.current();
  }

  boolean closing() {
    return state() == RoomState.ENDING || state() == RoomState.ENDED;
  }

  /** Applies a room input the room derived itself; a missing row is a bug and throws with the history. */
  void apply(RoomInput input, String detail, Effects fx) {
    var row = life.lookup(input)
        .orElseThrow(() -> new IllegalTransitionException(life.refuse(name, input, detail)));
    fx.transition(life.apply(row, detail));
  }

  boolean locked() {
    return lock.current() == LockState.LOCKED;
  }

  /** Locks or unlocks; returns false when the room already was so. */
  boolean lock(LockInput input, String detail, Effects fx) {
    var row = lock.lookup(input);
    row.ifPresent(found -> fx.transition(lock.apply(found, detail)));
    return row.isPresent();
  }

  StateCursor<RecordingState, RecordingInput> recording() {
    return recording;
  }

  Optional<Member> member(String channelId) {
    return Optional.ofNullable(members.get(channelId));
  }

  void add(Member member) {
    members.put(member.channelId(), member);
  }

  List<Member> members(MemberState state) {
    return members.values().stream().filter(member -> member.state() == state).toList();
  }

  List<Member> present() {
    return members.values().stream().filter(Member::present).toList();
  }

  List<Member> active() {
    return members(MemberState.IN_ROOM);
  }

  boolean markedPresent() {
    return present().stream().anyMatch(member -> member.profile().marked());
  }

  long nonAdminsPresent() {
    return present().stream().filter(member -> !member.isAdmin()).count();
  }

  /** The member a service code names: by caller number first, else by seat. */
  Optional<Member> participant(String reference) {
    List<Member> present = present();
    Optional<Member> byNumber = present.stream()
        .filter(member -> member.caller().number().equals(reference)).findFirst();
    if (byNumber.isPresent()) {
      return byNumber;
    }
    return present.stream().filter(member -> Integer.toString(member.seat()).equals(reference)).findFirst();
  }

  Map<String, FollowUp> followUps() {
    return followUps;
  }

  /** Stops the prompts still playing to {@code channelId} and drops what should have followed them. */
  void cancelFollowUps(String channelId, Effects fx) {
    List<String> playbacks = new ArrayList<>();
    followUps.forEach((playback, followUp) -> {
      if (channelId.equals(followUp.channelId())) {
        playbacks.add(playback);
      }
    });
    for (String playback : playbacks) {
      followUps.remove(playback);
      fx.command(new Command.StopPlayback(playback));
    }
  }

  /** Forgets what should follow the prompts to {@code channelId}, which hung up (its playbacks died with it). */
  void dropFollowUps(String channelId) {
    followUps.values().removeIf(followUp -> channelId.equals(followUp.channelId()));
  }

  Map<String, Invitation> invitations() {
    return invitations;
  }

  TimerKey drainTimer() {
    return TimerKey.of("drain", name);
  }

  List<Member> allMembers() {
    return List.copyOf(members.values());
  }
}
