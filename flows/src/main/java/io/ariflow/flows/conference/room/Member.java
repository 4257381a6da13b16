package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.conference.spec.ProfileOverrides;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.UserProfile;
import io.ariflow.flows.state.IllegalTransition;
import io.ariflow.flows.state.IllegalTransitionException;
import io.ariflow.flows.state.StateCursor;
import io.ariflow.flows.state.TransitionHistory;
import io.ariflow.flows.state.TransitionObserver;
import java.time.Instant;
import java.util.Optional;

/**
 * One member of a room: identity, profile once the role is known, and its three machines (life, mute, talk).
 * Owned by its room; never shared.
 */
final class Member {

  private final String channelId;
  private final Caller caller;
  private final Optional<Role> invitedAs;
  private final TransitionHistory history = new TransitionHistory(TransitionHistory.DEFAULT_CAPACITY);
  private final StateCursor<MemberState, MemberInput> life;
  private final StateCursor<MuteState, MuteInput> mute;
  private final StateCursor<TalkState, TalkInput> talk;
  private final StringBuilder digits = new StringBuilder();
  private Role role;
  private UserProfile profile;
  private Optional<String> recordedName;
  private boolean nameAsked;
  private int pinFailures;
  private int seat;
  private Instant joinedAt;
  private boolean selfMuted;
  private boolean moderatorMuted;
  private boolean talkDetection;
  private int talkVolume;
  private int listenVolume;
  private MemberOutcome outcome;
  private ProfileOverrides overrides = ProfileOverrides.NONE;

  Member(String channelId, Caller caller, Optional<Role> invitedAs, Optional<String> recordedName,
      TransitionObserver observer) {
    this.channelId = channelId;
    this.caller = caller;
    this.invitedAs = invitedAs;
    this.recordedName = recordedName;
    this.life = new StateCursor<>(MemberTable.TABLE, MemberState.JOINING, history, observer);
    this.mute = new StateCursor<>(MuteTable.TABLE, MuteState.UNMUTED, history, observer);
    this.talk = new StateCursor<>(TalkTable.TABLE, TalkState.SILENT, history, observer);
  }

  String channelId() {
    return channelId;
  }

  Caller caller() {
    return caller;
  }

  boolean invited() {
    return invitedAs.isPresent();
  }

  Optional<Role> invitedAs() {
    return invitedAs;
  }

  MemberState state() {
    return life.current();
  }

  boolean present() {
    return state() == MemberState.WAITING || state() == MemberState.IN_ROOM;
  }

  boolean terminal() {
    MemberState state = state();
    return state == MemberState.LEFT || state == MemberState.KICKED || state == MemberState.REFUSED;
  }

  boolean accepts(MemberInput input) {
    return life.lookup(input).isPresent();
  }

  /** Applies an input the room derived itself; a missing row is a bug and throws with the history. */
  void apply(MemberInput input, String detail, Effects fx) {
    var row = life.lookup(input)
        .orElseThrow(() -> new IllegalTransitionException(refuse(input, detail)));
    fx.transition(life.apply(row, detail));
  }

  IllegalTransition refuse(MemberInput input, String detail) {
    return life.refuse(channelId, input, detail);
  }

  void assign(Role newRole, UserProfile newProfile) {
    role = newRole;
    profile = overrides.apply(newProfile);
  }

  /** What the joining step changes in the profile it will be assigned. */
  void overrides(ProfileOverrides changes) {
    overrides = changes;
  }

  boolean hasRole() {
    return role != null;
  }

  Role role() {
    return role;
  }

  UserProfile profile() {
    return profile;
  }

  boolean isAdmin() {
    return role == Role.ADMIN;
  }

  Optional<String> recordedName() {
    return recordedName;
  }

  void recordedName(Optional<String> name) {
    recordedName = name;
  }

  boolean nameAsked() {
    return nameAsked;
  }

  void markNameAsked() {
    nameAsked = true;
  }

  int pinFailures() {
    return pinFailures;
  }

  void failPin() {
    pinFailures++;
  }

  int seat() {
    return seat;
  }

  Instant joinedAt() {
    return joinedAt;
  }

  void admitted(int newSeat, Instant at) {
    seat = newSeat;
    joinedAt = at;
  }

  MemberOutcome outcome() {
    return outcome;
  }

  void outcome(MemberOutcome value) {
    outcome = value;
  }

  boolean selfMuted() {
    return selfMuted;
  }

  boolean moderatorMuted() {
    return moderatorMuted;
  }

  void mutes(boolean self, boolean moderator) {
    selfMuted = self;
    moderatorMuted = moderator;
  }

  boolean muted() {
    return mute.current() == MuteState.MUTED;
  }

  /** Moves the mute overlay to the effective state; returns whether it changed. */
  boolean syncMute(String detail, Effects fx) {
    boolean wanted = selfMuted || moderatorMuted;
    if (wanted == muted()) {
      return false;
    }
    MuteInput input = wanted ? MuteInput.MUTE : MuteInput.UNMUTE;
    fx.transition(mute.apply(mute.lookup(input).orElseThrow(), detail));
    return true;
  }

  boolean talking() {
    return talk.current() == TalkState.TALKING;
  }

  void talk(TalkInput input, String detail, Effects fx) {
    fx.transition(talk.apply(talk.lookup(input).orElseThrow(), detail));
  }

  boolean talkDetection() {
    return talkDetection;
  }

  void talkDetectionOn() {
    talkDetection = true;
  }

  int talkVolume() {
    return talkVolume;
  }

  int listenVolume() {
    return listenVolume;
  }

  void volumes(int talk, int listen) {
    talkVolume = talk;
    listenVolume = listen;
  }

  StringBuilder digits() {
    return digits;
  }

  TimerKey digitTimer() {
    return TimerKey.of("digits", channelId);
  }

  MemberView view() {
    return new MemberView(channelId, seat, role, caller, state(), muted(), talking(), joinedAt, invited());
  }
}
