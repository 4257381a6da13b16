package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.spec.PromptKey;
import java.util.List;
import java.util.Optional;

/**
 * Channel events for members: hangups (whatever the member was doing, including being kicked or typing its PIN),
 * ChannelLeftBridge confirming a departure, talk detection, and dialled participants that never answered.
 */
final class ChannelEvents {

  private final RoomModel room;
  private final Departures departures;

  ChannelEvents(RoomModel room, Departures departures) {
    this.room = room;
    this.departures = departures;
  }

  RoomAnswer hungUp(String channelId, Effects fx) {
    Optional<Member> found = room.member(channelId);
    if (found.isEmpty()) {
      return new RoomAnswer.Ignored("no member " + channelId);
    }
    Member member = found.get();
    switch (member.state()) {
      case JOINING -> {
        member.apply(MemberInput.HANG_UP, "hung up at the door", fx);
        member.outcome(MemberOutcome.HUNG_UP);
        departures.joinerGone(fx);
      }
      case WAITING, IN_ROOM -> {
        departures.depart(member, MemberInput.HANG_UP, MemberOutcome.HUNG_UP, "hung up", List.of(), fx);
        departures.settle(fx);
      }
      case LEAVING -> departures.confirmLeft(member, MemberInput.HANG_UP, "hung up while leaving", fx);
      default -> member.apply(MemberInput.HANG_UP, "hung up after " + member.state(), fx);
    }
    return new RoomAnswer.Noted();
  }

  RoomAnswer leftBridge(String channelId, Effects fx) {
    Optional<Member> found = room.member(channelId);
    if (found.isEmpty()) {
      return new RoomAnswer.Ignored("no member " + channelId);
    }
    Member member = found.get();
    if (!member.accepts(MemberInput.LEFT_BRIDGE)) {
      return new RoomAnswer.Illegal(member.refuse(MemberInput.LEFT_BRIDGE, "ChannelLeftBridge"));
    }
    if (member.state() == MemberState.LEAVING) {
      departures.confirmLeft(member, MemberInput.LEFT_BRIDGE, "left the bridge", fx);
    } else {
      member.apply(MemberInput.LEFT_BRIDGE, "ChannelLeftBridge after " + member.state(), fx);
    }
    return new RoomAnswer.Noted();
  }

  RoomAnswer talking(String channelId, TalkInput input, Effects fx) {
    Optional<Member> found = room.member(channelId).filter(Member::present);
    if (found.isEmpty()) {
      return new RoomAnswer.Ignored(channelId + " is not in the room");
    }
    found.get().talk(input, input == TalkInput.STARTED ? "ChannelTalkingStarted" : "ChannelTalkingFinished", fx);
    return new RoomAnswer.Noted();
  }

  RoomAnswer dialOutFailed(RoomMessage.DialOutFailed failed, Effects fx) {
    Invitation invitation = room.invitations().remove(failed.channelId());
    if (invitation == null) {
      return new RoomAnswer.Ignored("no participant being dialled as " + failed.channelId());
    }
    invitation.requestedBy().flatMap(room::member).filter(Member::present).ifPresent(admin ->
        fx.play(Target.channel(admin.channelId()), List.of(room.media(PromptKey.DIAL_OUT_FAILED))));
    return new RoomAnswer.Noted();
  }
}
