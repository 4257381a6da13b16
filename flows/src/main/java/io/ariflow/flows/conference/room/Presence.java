package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.spec.PromptKey;
import java.util.List;

/**
 * Who is where: admission into the bridge or into waiting, promotion when a marked member arrives, demotion when
 * the last one leaves, prompts that music follows, and music for a member alone. Waiting members stay out of the
 * bridge with music on their own channel, so they hear nobody and nobody hears them.
 */
final class Presence {

  private final RoomModel room;
  private final Announcer announcer;
  private final Recorder recorder;

  Presence(RoomModel room, Announcer announcer, Recorder recorder) {
    this.room = room;
    this.announcer = announcer;
    this.recorder = recorder;
  }

  /** Admits a member whose role, PIN and name are settled and who passed the door (lock, size). */
  RoomAnswer admit(Member member, Effects fx) {
    ensureBridge(fx);
    member.admitted(room.flags().nextSeat(), room.now());
    member.mutes(member.profile().startMuted(), room.flags().participantsMuted() && !member.isAdmin());
    if (member.syncMute("enters muted", fx)) {
      fx.command(new Command.Mute(member.channelId()));
    }
    if (waitsForMarked(member) && !room.markedPresent()) {
      member.apply(MemberInput.ADMIT_WAITING, "admitted; waits for a marked member", fx);
      room.apply(RoomInput.ADMIT_WAITING, member.channelId() + " waits", fx);
      holdWithMusic(member, fx);
      return new RoomAnswer.Admitted(member.seat(), member.role(), true);
    }
    boolean wasActive = room.state() == RoomState.ACTIVE;
    member.apply(MemberInput.ADMIT, "admitted into the bridge", fx);
    if (member.profile().marked()) {
      promoteWaiting(fx);
    }
    enterBridge(member, true, fx);
    room.apply(RoomInput.ADMIT_ACTIVE, member.channelId() + " entered", fx);
    room.flags().markedWasPresent(room.markedPresent());
    balanceMoh(fx);
    if (!wasActive) {
      recorder.autoStart(fx);
    }
    return new RoomAnswer.Admitted(member.seat(), member.role(), false);
  }

  /** Whether {@code member} waits while no marked member is present. */
  boolean waitsForMarked(Member member) {
    return !member.profile().marked() && (room.bridge().waitForMarked() || member.profile().waitMarked());
  }

  /** Sends an IN_ROOM member back to wait (the last marked member left). */
  void demote(Member member, Effects fx) {
    member.apply(MemberInput.DEMOTE, "the last marked member left", fx);
    room.cancelFollowUps(member.channelId(), fx);
    fx.command(new Command.RemoveFromBridge(room.bridgeId(), member.channelId()));
    holdWithMusic(member, fx);
  }

  /** Starts or stops the bridge's music so that exactly a member alone hears it. */
  void balanceMoh(Effects fx) {
    int active = room.active().size();
    if (active != 1 && room.flags().bridgeMoh()) {
      fx.command(new Command.StopMoh(room.bridgeTarget()));
      room.flags().bridgeMoh(false);
    }
    boolean promptPending = room.followUps().values().stream().anyMatch(FollowUp.BridgeMohIfAlone.class::isInstance);
    if (active == 1 && room.bridge().mohWhenAlone() && !room.flags().bridgeMoh() && !promptPending) {
      fx.command(new Command.StartMoh(room.bridgeTarget(), room.bridge().mohClass()));
      room.flags().bridgeMoh(true);
    }
  }

  /** Runs what was to follow the prompt {@code playbackId}. */
  RoomAnswer playbackFinished(String playbackId, Effects fx) {
    FollowUp followUp = room.followUps().remove(playbackId);
    if (followUp == null) {
      return new RoomAnswer.Ignored("no follow-up for playback " + playbackId);
    }
    if (followUp instanceof FollowUp.ChannelMoh moh) {
      room.member(moh.channelId()).filter(member -> member.state() == MemberState.WAITING).ifPresent(member ->
          fx.command(new Command.StartMoh(Target.channel(member.channelId()), room.bridge().mohClass())));
    } else {
      balanceMoh(fx);
    }
    return new RoomAnswer.Noted();
  }

  private void promoteWaiting(Effects fx) {
    for (Member waiting : room.members(MemberState.WAITING)) {
      String channelId = waiting.channelId();
      room.cancelFollowUps(channelId, fx);
      fx.command(new Command.StopMoh(Target.channel(channelId)));
      waiting.apply(MemberInput.PROMOTE, "a marked member arrived", fx);
      fx.play(Target.channel(channelId), announcer.prompt(PromptKey.CONF_BEGIN));
      enterBridge(waiting, false, fx);
    }
  }

  private void enterBridge(Member member, boolean announce, Effects fx) {
    String channelId = member.channelId();
    if (!member.talkDetection()) {
      room.bridge().talkDetection().ifPresent(talk -> {
        member.talkDetectionOn();
        fx.command(new Command.EnableTalkDetection(channelId, talk.silenceMs(), talk.talkingThreshold()));
      });
    }
    int others = room.active().size() - 1;
    if (announce && others > 0) {
      announcer.joined(member).ifPresent(media -> fx.play(room.bridgeTarget(), media));
    }
    fx.command(new Command.AddToBridge(room.bridgeId(), channelId));
    if (announce) {
      welcome(member, others, fx);
    }
  }

  private void welcome(Member member, int others, Effects fx) {
    Target joiner = Target.channel(member.channelId());
    if (others == 0) {
      if (room.bridge().onlyPersonPrompt()) {
        String playback = fx.play(joiner, announcer.count(0));
        room.followUps().put(playback, new FollowUp.BridgeMohIfAlone(member.channelId()));
      }
      return;
    }
    switch (room.bridge().memberCount()) {
      case TO_JOINER -> fx.play(joiner, announcer.count(others));
      case TO_ALL -> fx.play(room.bridgeTarget(), announcer.count(others));
      case NONE -> {
      }
      default -> throw new IllegalStateException("unknown count announcement " + room.bridge().memberCount());
    }
  }

  private void holdWithMusic(Member member, Effects fx) {
    String playback = fx.play(Target.channel(member.channelId()), List.of(room.media(PromptKey.WAIT_FOR_LEADER)));
    room.followUps().put(playback, new FollowUp.ChannelMoh(member.channelId()));
  }

  private void ensureBridge(Effects fx) {
    if (!room.flags().bridgeCreated()) {
      fx.command(new Command.CreateBridge(room.bridgeId(), room.name()));
      room.flags().bridgeCreated(true);
    }
  }
}
