package io.ariflow.flows.conference.room;

import java.util.Optional;

/** Carries out the engine's {@link RoomOperation}s through the same moderation the admin menus use. */
final class RoomOperations {

  private final RoomModel room;
  private final Moderation moderation;
  private final Departures departures;
  private final Recorder recorder;

  RoomOperations(RoomModel room, Moderation moderation, Departures departures, Recorder recorder) {
    this.room = room;
    this.moderation = moderation;
    this.departures = departures;
    this.recorder = recorder;
  }

  RoomAnswer apply(RoomOperation operation, Effects fx) {
    if (operation instanceof RoomOperation.MuteMember mute) {
      return present(mute.channelId()).map(member -> moderation.mute(member, true, fx))
          .orElseGet(() -> missing(mute.channelId()));
    }
    if (operation instanceof RoomOperation.UnmuteMember unmute) {
      return present(unmute.channelId()).map(member -> moderation.mute(member, false, fx))
          .orElseGet(() -> missing(unmute.channelId()));
    }
    if (operation instanceof RoomOperation.SetParticipantsMuted participants) {
      return moderation.participantsMuted(participants.muted(), fx);
    }
    if (operation instanceof RoomOperation.KickMember kick) {
      return present(kick.channelId()).map(member -> moderation.kick(member, kick.by(), fx))
          .orElseGet(() -> missing(kick.channelId()));
    }
    if (operation instanceof RoomOperation.Lock) {
      return moderation.lock(LockInput.LOCK, "operation", fx);
    }
    if (operation instanceof RoomOperation.Unlock) {
      return moderation.lock(LockInput.UNLOCK, "operation", fx);
    }
    if (operation instanceof RoomOperation.StartRecording) {
      return recorder.start("operation", fx);
    }
    if (operation instanceof RoomOperation.StopRecording) {
      return recorder.stop("operation", fx);
    }
    if (operation instanceof RoomOperation.AddParticipant add) {
      return moderation.dialOut(add.endpoint(), add.role(), add.callerId(), Optional.empty(), fx);
    }
    RoomOperation.End end = (RoomOperation.End) operation;
    return departures.end(end.reason(), fx) ? new RoomAnswer.Done() : new RoomAnswer.NoChange("already ending");
  }

  private Optional<Member> present(String channelId) {
    return room.member(channelId).filter(Member::present);
  }

  private static RoomAnswer missing(String channelId) {
    return new RoomAnswer.NotFound("no member " + channelId + " in the room");
  }
}
