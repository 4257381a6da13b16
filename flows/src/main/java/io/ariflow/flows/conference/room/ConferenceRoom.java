package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.spec.RoomTemplate;
import io.ariflow.flows.state.HistoryEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The owner of one conference room: fed {@link RoomMessage}s one at a time, it returns a {@link RoomDecision}
 * (commands, notices, an answer) and never calls anything itself. One room, one owner: the engine runs each room
 * on a single context and executes the commands in order; not thread-safe by design.
 */
public final class ConferenceRoom {

  private final RoomModel room;
  private final Admission admission;
  private final Presence presence;
  private final Departures departures;
  private final Recorder recorder;
  private final MenuRunner menus;
  private final RoomOperations operations;
  private final ChannelEvents channels;

  private ConferenceRoom(RoomModel room) {
    this.room = room;
    Announcer announcer = new Announcer(room);
    this.recorder = new Recorder(room);
    this.presence = new Presence(room, announcer, recorder);
    this.departures = new Departures(room, announcer, presence, recorder);
    this.admission = new Admission(room, announcer, presence, departures);
    Moderation moderation = new Moderation(room, announcer, departures);
    this.menus = new MenuRunner(room, announcer, new MenuActions(room, announcer, moderation, departures, recorder));
    this.operations = new RoomOperations(room, moderation, departures, recorder);
    this.channels = new ChannelEvents(room, departures);
  }

  /** Opens room {@code name} declared by {@code template}; nothing exists in Asterisk until the first admission. */
  public static ConferenceRoom open(String name, RoomTemplate template, RoomEnvironment env) {
    return new ConferenceRoom(new RoomModel(name, template, env));
  }

  /** Handles one message and returns everything decided. */
  public RoomDecision handle(RoomMessage message) {
    Effects fx = new Effects(room.env().ids());
    return fx.decision(dispatch(message, fx));
  }

  private RoomAnswer dispatch(RoomMessage message, Effects fx) {
    if (message instanceof RoomOperation operation) {
      return operations.apply(operation, fx);
    }
    if (message instanceof RoomMessage.JoinRequest join) {
      return admission.join(join, fx);
    }
    if (message instanceof RoomMessage.PinEntered pin) {
      return admission.pin(pin, fx);
    }
    if (message instanceof RoomMessage.NameRecorded name) {
      return admission.name(name, fx);
    }
    if (message instanceof RoomMessage.MemberHungUp hungUp) {
      return channels.hungUp(hungUp.channelId(), fx);
    }
    if (message instanceof RoomMessage.MemberLeftBridge left) {
      return channels.leftBridge(left.channelId(), fx);
    }
    if (message instanceof RoomMessage.DtmfReceived dtmf) {
      return menus.digit(dtmf, fx);
    }
    if (message instanceof RoomMessage.TimerFired timer) {
      return timer(timer, fx);
    }
    return mediaEvent(message, fx);
  }

  private RoomAnswer mediaEvent(RoomMessage message, Effects fx) {
    if (message instanceof RoomMessage.TalkingStarted talking) {
      return channels.talking(talking.channelId(), TalkInput.STARTED, fx);
    }
    if (message instanceof RoomMessage.TalkingFinished finished) {
      return channels.talking(finished.channelId(), TalkInput.FINISHED, fx);
    }
    if (message instanceof RoomMessage.PlaybackFinished playback) {
      return presence.playbackFinished(playback.playbackId(), fx);
    }
    if (message instanceof RoomMessage.RecordingStarted started) {
      return recorder.event(started.name(), RecordingInput.STARTED, fx);
    }
    if (message instanceof RoomMessage.RecordingFinished finished) {
      return recorder.event(finished.name(), RecordingInput.FINISHED, fx);
    }
    if (message instanceof RoomMessage.RecordingFailed failed) {
      return recorder.event(failed.name(), RecordingInput.FAILED, fx);
    }
    return channels.dialOutFailed((RoomMessage.DialOutFailed) message, fx);
  }

  private RoomAnswer timer(RoomMessage.TimerFired timer, Effects fx) {
    if (timer.key().equals(room.drainTimer())) {
      return departures.drainTimeout(fx);
    }
    Optional<Member> owner = room.allMembers().stream()
        .filter(member -> member.digitTimer().equals(timer.key())).findFirst();
    return owner.map(member -> menus.timeout(member, fx))
        .orElseGet(() -> new RoomAnswer.Ignored("unknown timer " + timer.key().value()));
  }

  /** The room's name. */
  public String name() {
    return room.name();
  }

  /** The id of the room's bridge (created with the first admission). */
  public String bridgeId() {
    return room.bridgeId();
  }

  /** The room's state. */
  public RoomState state() {
    return room.state();
  }

  /** Whether the room is over and may be forgotten. */
  public boolean ended() {
    return room.state() == RoomState.ENDED;
  }

  /** Whether {@code channelId} is a member the room still cares about (joining, present or leaving). */
  public boolean hasChannel(String channelId) {
    return room.member(channelId).filter(member -> !member.terminal()).isPresent()
        || room.invitations().containsKey(channelId);
  }

  /** Whether the room waits for playback {@code playbackId} to end (music follows it). */
  public boolean awaitsPlayback(String playbackId) {
    return room.followUps().containsKey(playbackId);
  }

  /** Whether {@code name} is the room's recording and not yet finished. */
  public boolean ownsRecording(String name) {
    return name.equals(room.flags().recordingName()) && room.recording().current() != RecordingState.IDLE;
  }

  /** The room and its present members as values, for listings. */
  public RoomSnapshot snapshot() {
    List<MemberView> members = room.present().stream()
        .sorted(Comparator.comparingInt(Member::seat)).map(Member::view).toList();
    return new RoomSnapshot(room.name(), room.bridgeId(), room.state(), room.locked(), recorder.liveName(),
        room.flags().participantsMuted(), members);
  }

  /** The room's recent transitions (room, lock and recording tables), oldest first. */
  public List<HistoryEntry> history() {
    return room.history().recent();
  }
}
