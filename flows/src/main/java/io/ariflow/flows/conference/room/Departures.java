package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.VolumeDirection;
import io.ariflow.flows.conference.spec.PromptKey;
import java.util.List;

/**
 * Members going away and the room ending: each departure releases the member (a notice its step ends on), then
 * the room settles once: the last marked member leaving ends the room or sends waiters back, the last member
 * leaving destroys the bridge and stops the recording, so nothing is left behind.
 */
final class Departures {

  private final RoomModel room;
  private final Announcer announcer;
  private final Presence presence;
  private final Recorder recorder;

  Departures(RoomModel room, Announcer announcer, Presence presence, Recorder recorder) {
    this.room = room;
    this.announcer = announcer;
    this.presence = presence;
    this.recorder = recorder;
  }

  /** Takes a present member out with {@code input} (LEAVE, KICK, END or HANG_UP) and releases it. */
  void depart(Member member, MemberInput input, MemberOutcome outcome, String detail, List<String> prompts,
      Effects fx) {
    MemberState before = member.state();
    String channelId = member.channelId();
    boolean hungUp = input == MemberInput.HANG_UP;
    member.apply(input, detail, fx);
    member.outcome(outcome);
    clearDigits(member, fx);
    if (hungUp) {
      room.dropFollowUps(channelId);
    } else {
      room.cancelFollowUps(channelId, fx);
      leaveMedia(member, before, fx);
    }
    fx.notice(new RoomNotice.MemberReleased(channelId, outcome, detail, hungUp ? List.of() : prompts));
    if (before == MemberState.IN_ROOM && !room.closing() && !room.active().isEmpty()) {
      announcer.left(member).ifPresent(media -> fx.play(room.bridgeTarget(), media));
    }
  }

  /** After one or more present members departed: applies the marked rules and the room's own change. */
  void settle(Effects fx) {
    if (room.closing()) {
      return;
    }
    if (room.flags().markedWasPresent() && !room.markedPresent()) {
      room.flags().markedWasPresent(false);
      if (room.bridge().endWhenLastMarkedLeaves()) {
        end("the last marked member left", fx);
        return;
      }
      lastMarkedLeft(fx);
    }
    if (room.present().isEmpty()) {
      room.apply(RoomInput.LAST_LEFT, "the last member left", fx);
      finish("the last member left", fx);
      return;
    }
    boolean activeGone = room.active().isEmpty() && room.state() == RoomState.ACTIVE;
    room.apply(activeGone ? RoomInput.ACTIVE_GONE : RoomInput.MEMBER_LEFT, "a member left", fx);
    presence.balanceMoh(fx);
  }

  /** A joining member gave up or was refused: an empty room nobody else is entering ends at once. */
  void joinerGone(Effects fx) {
    boolean nobody = room.members(MemberState.JOINING).isEmpty() && room.present().isEmpty();
    if (room.state() == RoomState.EMPTY && nobody) {
      room.apply(RoomInput.ABANDONED, "nobody entered", fx);
      finish("nobody entered", fx);
    }
  }

  /** Ends the room; false when it is already ending or ended. */
  boolean end(String reason, Effects fx) {
    if (room.closing()) {
      return false;
    }
    room.flags().endReason(reason);
    room.apply(RoomInput.END, reason, fx);
    for (Member joiner : room.members(MemberState.JOINING)) {
      joiner.apply(MemberInput.END, reason, fx);
      joiner.outcome(MemberOutcome.ROOM_ENDED);
      fx.notice(new RoomNotice.MemberReleased(joiner.channelId(), MemberOutcome.ROOM_ENDED, reason,
          announcer.prompt(PromptKey.ENDED)));
    }
    for (Member member : room.present()) {
      depart(member, MemberInput.END, MemberOutcome.ROOM_ENDED, reason, announcer.prompt(PromptKey.ENDED), fx);
    }
    if (room.state() == RoomState.ENDED) {
      finish(reason, fx);
    } else if (room.members(MemberState.LEAVING).isEmpty()) {
      room.apply(RoomInput.DRAINED, "nobody was in the bridge", fx);
      finish(reason, fx);
    } else {
      release(fx);
      fx.command(new Command.ArmTimer(room.drainTimer(), room.bridge().drainTimeout()));
    }
    return true;
  }

  /** A LEAVING member is confirmed out ({@code LEFT_BRIDGE}, {@code HANG_UP} or {@code FORGET}). */
  void confirmLeft(Member member, MemberInput input, String detail, Effects fx) {
    member.apply(input, detail, fx);
    if (room.state() != RoomState.ENDING) {
      return;
    }
    if (room.members(MemberState.LEAVING).isEmpty()) {
      room.apply(RoomInput.DRAINED, "every member is out of the bridge", fx);
      fx.command(new Command.CancelTimer(room.drainTimer()));
      finish(room.flags().endReason(), fx);
    } else {
      room.apply(RoomInput.MEMBER_LEFT, detail, fx);
    }
  }

  /** The drain timeout fired: members whose ChannelLeftBridge never came are forgotten. */
  RoomAnswer drainTimeout(Effects fx) {
    if (room.state() != RoomState.ENDING) {
      return new RoomAnswer.Ignored("the room is not ending");
    }
    for (Member member : room.members(MemberState.LEAVING)) {
      member.apply(MemberInput.FORGET, "no ChannelLeftBridge before the drain timeout", fx);
    }
    room.apply(RoomInput.DRAINED, "drain timeout", fx);
    finish(room.flags().endReason(), fx);
    return new RoomAnswer.Noted();
  }

  private void lastMarkedLeft(Effects fx) {
    List<String> prompts = announcer.prompt(PromptKey.LEADER_HAS_LEFT);
    for (Member member : room.present()) {
      if (member.profile().endMarked()) {
        depart(member, MemberInput.END, MemberOutcome.ROOM_ENDED, "the last marked member left", prompts, fx);
      }
    }
    for (Member member : room.active()) {
      if (presence.waitsForMarked(member)) {
        presence.demote(member, fx);
      }
    }
  }

  private void leaveMedia(Member member, MemberState before, Effects fx) {
    String channelId = member.channelId();
    if (before == MemberState.IN_ROOM && !room.closing()) {
      fx.command(new Command.RemoveFromBridge(room.bridgeId(), channelId));
    }
    if (before == MemberState.WAITING) {
      fx.command(new Command.StopMoh(Target.channel(channelId)));
    }
    if (member.invited()) {
      fx.command(new Command.HangUp(channelId, "normal"));
    } else {
      giveChannelBack(member, fx);
    }
  }

  /**
   * The caller goes back to its flow: the mute and volumes the room put on its channel would outlive the room
   * (a muted caller would record silence in the next step), so they are lifted, as ConfBridge restores them.
   */
  private void giveChannelBack(Member member, Effects fx) {
    String channelId = member.channelId();
    if (member.muted()) {
      fx.command(new Command.Unmute(channelId));
    }
    if (member.talkVolume() != 0) {
      fx.command(new Command.SetVolume(channelId, VolumeDirection.TALK, 0));
    }
    if (member.listenVolume() != 0) {
      fx.command(new Command.SetVolume(channelId, VolumeDirection.LISTEN, 0));
    }
  }

  private void clearDigits(Member member, Effects fx) {
    if (member.digits().length() > 0) {
      member.digits().setLength(0);
      fx.command(new Command.CancelTimer(member.digitTimer()));
    }
  }

  private void finish(String reason, Effects fx) {
    release(fx);
    room.followUps().clear();
    fx.notice(new RoomNotice.RoomEnded(room.name(), reason));
  }

  /** Stops the recording, cancels dial-outs and destroys the bridge, once. */
  private void release(Effects fx) {
    recorder.stopForEnd(fx);
    for (Invitation invitation : room.invitations().values()) {
      fx.command(new Command.HangUp(invitation.channelId(), "normal"));
    }
    room.invitations().clear();
    if (room.flags().bridgeCreated() && !room.flags().bridgeDestroyed()) {
      fx.command(new Command.DestroyBridge(room.bridgeId()));
      room.flags().bridgeDestroyed(true);
      room.flags().bridgeMoh(false);
    }
  }
}
