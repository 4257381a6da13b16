package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.command.VolumeDirection;
import io.ariflow.flows.conference.spec.DialOutPlan;
import io.ariflow.flows.conference.spec.MenuAction;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one menu action for a member. Admin actions answer with a short prompt to the admin (done, error, locked
 * now, ...); an admin action pressed by a non-admin plays the error prompt (declarations refuse that at load).
 */
final class MenuActions {

  private final RoomModel room;
  private final Announcer announcer;
  private final Moderation moderation;
  private final Departures departures;
  private final Recorder recorder;

  MenuActions(RoomModel room, Announcer announcer, Moderation moderation, Departures departures,
      Recorder recorder) {
    this.room = room;
    this.announcer = announcer;
    this.moderation = moderation;
    this.departures = departures;
    this.recorder = recorder;
  }

  void run(Member member, MenuAction action, String argument, Effects fx) {
    if (action.adminOnly() && !member.isAdmin()) {
      say(member, PromptKey.ERROR, fx);
      return;
    }
    switch (action) {
      case TOGGLE_MUTE -> moderation.toggleSelfMute(member, fx);
      case TALK_VOLUME_UP -> moderation.volume(member, VolumeDirection.TALK, 1, fx);
      case TALK_VOLUME_DOWN -> moderation.volume(member, VolumeDirection.TALK, -1, fx);
      case LISTEN_VOLUME_UP -> moderation.volume(member, VolumeDirection.LISTEN, 1, fx);
      case LISTEN_VOLUME_DOWN -> moderation.volume(member, VolumeDirection.LISTEN, -1, fx);
      case LEAVE -> leave(member, fx);
      case PARTICIPANT_COUNT -> count(member, fx);
      default -> admin(member, action, argument, fx);
    }
  }

  private void admin(Member admin, MenuAction action, String argument, Effects fx) {
    switch (action) {
      case KICK_LAST -> kickLast(admin, fx);
      case TOGGLE_LOCK -> lock(admin, room.locked() ? LockInput.UNLOCK : LockInput.LOCK, fx);
      case LOCK -> lock(admin, LockInput.LOCK, fx);
      case UNLOCK -> lock(admin, LockInput.UNLOCK, fx);
      case TOGGLE_MUTE_PARTICIPANTS -> muteParticipants(admin, fx);
      case TOGGLE_RECORD -> toggleRecord(admin, fx);
      case ADD_PARTICIPANT -> addParticipant(admin, argument, fx);
      case MUTE_PARTICIPANT -> onParticipant(admin, argument, target -> moderation.mute(target, true, fx), fx);
      case UNMUTE_PARTICIPANT -> onParticipant(admin, argument, target -> moderation.mute(target, false, fx), fx);
      case KICK_PARTICIPANT -> kickParticipant(admin, argument, fx);
      default -> throw new IllegalStateException("not an admin action: " + action);
    }
  }

  private void leave(Member member, Effects fx) {
    departures.depart(member, MemberInput.LEAVE, MemberOutcome.LEFT, "left with the menu", List.of(), fx);
    departures.settle(fx);
  }

  private void count(Member member, Effects fx) {
    int others = room.active().size() - (member.state() == MemberState.IN_ROOM ? 1 : 0);
    fx.play(Target.channel(member.channelId()), announcer.count(others));
  }

  private void kickLast(Member admin, Effects fx) {
    Optional<Member> last = room.present().stream()
        .filter(member -> !member.isAdmin() && member != admin)
        .max(Comparator.comparingInt(Member::seat));
    if (last.isEmpty()) {
      say(admin, PromptKey.ERROR, fx);
      return;
    }
    moderation.kick(last.get(), "admin " + admin.channelId(), fx);
    say(admin, PromptKey.DONE, fx);
  }

  private void lock(Member admin, LockInput input, Effects fx) {
    moderation.lock(input, "admin " + admin.channelId(), fx);
    say(admin, room.locked() ? PromptKey.LOCKED_NOW : PromptKey.UNLOCKED_NOW, fx);
  }

  private void muteParticipants(Member admin, Effects fx) {
    boolean muted = !room.flags().participantsMuted();
    moderation.participantsMuted(muted, fx);
    say(admin, muted ? PromptKey.PARTICIPANTS_MUTED : PromptKey.PARTICIPANTS_UNMUTED, fx);
  }

  private void toggleRecord(Member admin, Effects fx) {
    if (recorder.recording()) {
      recorder.stop("admin " + admin.channelId(), fx);
      say(admin, PromptKey.RECORDING_STOPPED, fx);
      return;
    }
    RoomAnswer answer = recorder.start("admin " + admin.channelId(), fx);
    if (answer instanceof RoomAnswer.Done) {
      fx.play(room.bridgeTarget(), announcer.prompt(PromptKey.RECORDING_STARTED));
    } else {
      say(admin, PromptKey.ERROR, fx);
    }
  }

  private void addParticipant(Member admin, String digits, Effects fx) {
    Optional<DialOutPlan> plan = room.bridge().dialOut();
    if (plan.isEmpty()) {
      say(admin, PromptKey.ERROR, fx);
      return;
    }
    moderation.dialOut(plan.get().endpointFor(digits), Role.PLAIN, plan.get().callerId(),
        Optional.of(admin.channelId()), fx);
    say(admin, PromptKey.DONE, fx);
  }

  private void kickParticipant(Member admin, String reference, Effects fx) {
    Optional<Member> target = room.participant(reference).filter(member -> member != admin);
    if (target.isEmpty()) {
      say(admin, PromptKey.ERROR, fx);
      return;
    }
    moderation.kick(target.get(), "admin " + admin.channelId(), fx);
    say(admin, PromptKey.DONE, fx);
  }

  private void onParticipant(Member admin, String reference, Consumer<Member> action,
      Effects fx) {
    Optional<Member> target = room.participant(reference);
    if (target.isEmpty()) {
      say(admin, PromptKey.ERROR, fx);
      return;
    }
    action.accept(target.get());
    say(admin, PromptKey.DONE, fx);
  }

  private void say(Member member, PromptKey key, Effects fx) {
    if (member.present()) {
      fx.play(Target.channel(member.channelId()), announcer.prompt(key));
    }
  }
}
