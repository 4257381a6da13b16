package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.VolumeDirection;
import io.ariflow.flows.conference.spec.DialOutPlan;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.Role;
import java.time.Duration;
import java.util.Optional;

/**
 * What admins' menus, service codes and engine operations share: muting (a member's own mute and a moderator's
 * are separate, so a member cannot undo a moderator's mute), kicking, locking, volumes and dialling participants.
 */
final class Moderation {

  /** How long an engine-dialled participant may ring when the room declares no dial-out plan. */
  static final Duration DEFAULT_DIAL_TIMEOUT = Duration.ofSeconds(30);

  private static final int MAX_VOLUME = 4;

  private final RoomModel room;
  private final Announcer announcer;
  private final Departures departures;

  Moderation(RoomModel room, Announcer announcer, Departures departures) {
    this.room = room;
    this.announcer = announcer;
    this.departures = departures;
  }

  void toggleSelfMute(Member member, Effects fx) {
    member.mutes(!member.selfMuted(), member.moderatorMuted());
    applyMute(member, "toggled by the member", fx);
    fx.play(Target.channel(member.channelId()),
        announcer.prompt(member.muted() ? PromptKey.MUTED : PromptKey.UNMUTED));
  }

  /** A moderator's mute, or an unmute that clears the member's own mute too. */
  RoomAnswer mute(Member member, boolean muted, Effects fx) {
    if (muted) {
      member.mutes(member.selfMuted(), true);
    } else {
      member.mutes(false, false);
    }
    boolean changed = applyMute(member, muted ? "muted by a moderator" : "unmuted by a moderator", fx);
    return changed ? new RoomAnswer.Done() : new RoomAnswer.NoChange(muted ? "already muted" : "not muted");
  }

  RoomAnswer participantsMuted(boolean muted, Effects fx) {
    if (room.flags().participantsMuted() == muted) {
      return new RoomAnswer.NoChange(muted ? "participants already muted" : "participants not muted");
    }
    room.flags().participantsMuted(muted);
    for (Member member : room.present()) {
      if (!member.isAdmin()) {
        member.mutes(member.selfMuted(), muted);
        applyMute(member, muted ? "participants muted" : "participants unmuted", fx);
      }
    }
    return new RoomAnswer.Done();
  }

  RoomAnswer kick(Member member, String by, Effects fx) {
    if (!member.present()) {
      return new RoomAnswer.NotFound(member.channelId() + " is not in the room");
    }
    departures.depart(member, MemberInput.KICK, MemberOutcome.KICKED, "kicked by " + by,
        announcer.prompt(PromptKey.KICKED), fx);
    departures.settle(fx);
    return new RoomAnswer.Done();
  }

  RoomAnswer lock(LockInput input, String why, Effects fx) {
    if (room.closing()) {
      return new RoomAnswer.NotAllowed("the room is ending");
    }
    boolean changed = room.lock(input, why, fx);
    return changed ? new RoomAnswer.Done() : new RoomAnswer.NoChange(room.locked() ? "already locked" : "not locked");
  }

  void volume(Member member, VolumeDirection direction, int delta, Effects fx) {
    int current = direction == VolumeDirection.TALK ? member.talkVolume() : member.listenVolume();
    int next = Math.max(-MAX_VOLUME, Math.min(MAX_VOLUME, current + delta));
    if (next == current) {
      fx.play(Target.channel(member.channelId()), announcer.prompt(PromptKey.ERROR));
      return;
    }
    if (direction == VolumeDirection.TALK) {
      member.volumes(next, member.listenVolume());
    } else {
      member.volumes(member.talkVolume(), next);
    }
    fx.command(new Command.SetVolume(member.channelId(), direction, next));
  }

  /** Dials {@code endpoint} into the room; it joins with {@code role} when it answers. */
  RoomAnswer dialOut(String endpoint, Role role, CallerId callerId, Optional<String> requestedBy, Effects fx) {
    if (room.closing()) {
      return new RoomAnswer.NotAllowed("the room is ending");
    }
    Duration timeout = room.bridge().dialOut().map(DialOutPlan::timeout).orElse(DEFAULT_DIAL_TIMEOUT);
    String channelId = fx.newId("channel");
    room.invitations().put(channelId, new Invitation(channelId, role, requestedBy));
    fx.command(new Command.Dial(channelId, endpoint, callerId, timeout, "conference:" + room.name()));
    return new RoomAnswer.Done();
  }

  private boolean applyMute(Member member, String detail, Effects fx) {
    if (!member.syncMute(detail, fx)) {
      return false;
    }
    String channelId = member.channelId();
    fx.command(member.muted() ? new Command.Mute(channelId) : new Command.Unmute(channelId));
    return true;
  }
}
