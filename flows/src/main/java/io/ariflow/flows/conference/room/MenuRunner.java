package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.menu.MenuMatch;
import io.ariflow.flows.conference.menu.MenuMatcher;
import io.ariflow.flows.conference.spec.DtmfMenu;
import io.ariflow.flows.conference.spec.PromptKey;
import java.util.Optional;

/**
 * Collects a member's digits and runs the menu entry they select. A partial sequence arms the digit timer; a
 * sequence that matches nothing, or times out, plays the error prompt and starts over.
 */
final class MenuRunner {

  private final RoomModel room;
  private final Announcer announcer;
  private final MenuActions actions;

  MenuRunner(RoomModel room, Announcer announcer, MenuActions actions) {
    this.room = room;
    this.announcer = announcer;
    this.actions = actions;
  }

  RoomAnswer digit(RoomMessage.DtmfReceived received, Effects fx) {
    Optional<Member> found = room.member(received.channelId()).filter(Member::present);
    if (found.isEmpty()) {
      return new RoomAnswer.Ignored(received.channelId() + " is not in the room");
    }
    Member member = found.get();
    Optional<DtmfMenu> menu = room.template().menuFor(member.role());
    if (menu.isEmpty()) {
      return new RoomAnswer.Ignored("no menu for " + member.role().label());
    }
    member.digits().append(received.digit());
    MenuMatch match = MenuMatcher.match(menu.get(), member.digits().toString());
    if (match instanceof MenuMatch.Partial) {
      fx.command(new Command.ArmTimer(member.digitTimer(), menu.get().digitTimeout()));
      return new RoomAnswer.Noted();
    }
    boolean timerArmed = member.digits().length() > 1;
    member.digits().setLength(0);
    if (timerArmed) {
      fx.command(new Command.CancelTimer(member.digitTimer()));
    }
    if (match instanceof MenuMatch.Complete complete) {
      actions.run(member, complete.entry().action(), complete.argument(), fx);
    } else {
      error(member, fx);
    }
    return new RoomAnswer.Noted();
  }

  /** The digit timer of {@code member} fired: the partial sequence is dropped. */
  RoomAnswer timeout(Member member, Effects fx) {
    if (member.digits().length() == 0 || !member.present()) {
      return new RoomAnswer.Ignored("no digits pending for " + member.channelId());
    }
    member.digits().setLength(0);
    error(member, fx);
    return new RoomAnswer.Noted();
  }

  private void error(Member member, Effects fx) {
    fx.play(Target.channel(member.channelId()), announcer.prompt(PromptKey.ERROR));
  }
}
