package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.flows.conference.spec.JoinLeaveAnnouncement;
import io.ariflow.flows.conference.spec.PromptKey;
import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.conference.spec.UserProfile;
import java.util.List;
import java.util.Optional;

/**
 * The door of a room: role and PIN (with retries, or the PIN deciding the role), the recorded name, then the
 * lock and size checks, which run again at the last moment because the room may have changed while the caller
 * typed. Admins pass a locked or full room; invited participants skip the PIN, the lock and the name (no flow
 * runs on a dialled channel to record it, so it is announced with a tone).
 */
final class Admission {

  private final RoomModel room;
  private final Announcer announcer;
  private final Presence presence;
  private final Departures departures;

  Admission(RoomModel room, Announcer announcer, Presence presence, Departures departures) {
    this.room = room;
    this.announcer = announcer;
    this.presence = presence;
    this.departures = departures;
  }

  RoomAnswer join(RoomMessage.JoinRequest request, Effects fx) {
    Optional<Member> known = room.member(request.channelId());
    if (known.isPresent() && !known.get().terminal()) {
      return new RoomAnswer.Ignored(request.channelId() + " already joined (" + known.get().state() + ")");
    }
    Invitation invitation = room.invitations().remove(request.channelId());
    Optional<Role> invitedAs = Optional.ofNullable(invitation).map(Invitation::role);
    Member member = new Member(request.channelId(), request.caller(), invitedAs, request.recordedName(),
        room.env().observer());
    member.overrides(request.overrides());
    room.add(member);
    RoomAnswer answer = enter(member, request, fx);
    if (invitation != null && answer instanceof RoomAnswer.Refused) {
      tellDialFailed(invitation, fx);
    }
    return answer;
  }

  private RoomAnswer enter(Member member, RoomMessage.JoinRequest request, Effects fx) {
    if (room.closing()) {
      return refuse(member, MemberOutcome.ROOM_ENDED, fx);
    }
    Optional<Role> role = member.invitedAs().or(request::role);
    if (role.isEmpty() && !room.template().anyPin()) {
      role = Optional.of(Role.PLAIN);
    }
    if (role.isPresent()) {
      Optional<RoomAnswer> refused = assign(member, role.get(), fx);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    boolean pinNeeded = !member.invited() && (!member.hasRole() || member.profile().pin().isPresent());
    if (!pinNeeded) {
      return afterPin(member, fx);
    }
    return request.pin().map(pin -> checkPin(member, pin, fx)).orElseGet(() -> askPin(member, false));
  }

  /** A dialled participant answered but the door refused it (full, ending): the admin who dialled it hears so. */
  private void tellDialFailed(Invitation invitation, Effects fx) {
    invitation.requestedBy().flatMap(room::member).filter(Member::present).ifPresent(admin ->
        fx.play(Target.channel(admin.channelId()), announcer.prompt(PromptKey.DIAL_OUT_FAILED)));
  }

  RoomAnswer pin(RoomMessage.PinEntered entered, Effects fx) {
    Optional<Member> found = room.member(entered.channelId());
    if (found.isEmpty()) {
      return new RoomAnswer.Ignored("no member " + entered.channelId());
    }
    Member member = found.get();
    if (member.state() == MemberState.REFUSED) {
      return new RoomAnswer.Refused(member.outcome(), prompts(member.outcome()));
    }
    if (!member.accepts(MemberInput.PIN_WRONG)) {
      return new RoomAnswer.Illegal(member.refuse(MemberInput.PIN_WRONG, "PIN entered"));
    }
    return checkPin(member, entered.digits(), fx);
  }

  RoomAnswer name(RoomMessage.NameRecorded recorded, Effects fx) {
    Optional<Member> found = room.member(recorded.channelId());
    if (found.isEmpty()) {
      return new RoomAnswer.Ignored("no member " + recorded.channelId());
    }
    Member member = found.get();
    if (member.state() == MemberState.REFUSED) {
      return new RoomAnswer.Refused(member.outcome(), prompts(member.outcome()));
    }
    if (member.state() != MemberState.JOINING || !member.nameAsked()) {
      return new RoomAnswer.Illegal(member.refuse(MemberInput.ADMIT, "name recorded without being asked"));
    }
    member.recordedName(recorded.recording());
    return afterPin(member, fx);
  }

  private Optional<RoomAnswer> assign(Member member, Role role, Effects fx) {
    Optional<UserProfile> profile = room.template().profile(role);
    if (profile.isEmpty()) {
      return Optional.of(refuse(member, MemberOutcome.NOT_ALLOWED, fx));
    }
    member.assign(role, profile.get());
    return door(member).map(outcome -> refuse(member, outcome, fx));
  }

  private RoomAnswer checkPin(Member member, String digits, Effects fx) {
    Optional<Role> matched = member.hasRole()
        ? Optional.of(member.role()).filter(role -> member.profile().pin().orElse("").equals(digits))
        : roleForPin(digits);
    if (matched.isPresent()) {
      if (!member.hasRole()) {
        Optional<RoomAnswer> refused = assign(member, matched.get(), fx);
        if (refused.isPresent()) {
          return refused.get();
        }
      }
      return afterPin(member, fx);
    }
    member.failPin();
    if (member.pinFailures() >= room.bridge().pinAttempts()) {
      return refuse(member, MemberOutcome.WRONG_PIN, fx);
    }
    member.apply(MemberInput.PIN_WRONG, "wrong PIN " + member.pinFailures(), fx);
    return askPin(member, true);
  }

  private Optional<Role> roleForPin(String digits) {
    for (Role role : Role.values()) {
      Optional<UserProfile> profile = room.template().profile(role);
      if (profile.isPresent() && profile.get().pin().orElse("").equals(digits)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private RoomAnswer askPin(Member member, boolean retry) {
    int left = room.bridge().pinAttempts() - member.pinFailures();
    List<String> prompts = retry
        ? List.of(room.media(PromptKey.INVALID_PIN), room.media(PromptKey.GET_PIN))
        : List.of(room.media(PromptKey.GET_PIN));
    return new RoomAnswer.AskPin(left, prompts);
  }

  private RoomAnswer afterPin(Member member, Effects fx) {
    Optional<MemberOutcome> refused = door(member);
    if (refused.isPresent()) {
      return refuse(member, refused.get(), fx);
    }
    boolean wantsName = room.bridge().joinLeave() == JoinLeaveAnnouncement.NAME && !member.invited()
        && !member.profile().quiet() && member.recordedName().isEmpty() && !member.nameAsked();
    if (wantsName) {
      member.markNameAsked();
      return new RoomAnswer.AskName(room.media(PromptKey.RECORD_NAME));
    }
    return presence.admit(member, fx);
  }

  private Optional<MemberOutcome> door(Member member) {
    if (room.closing()) {
      return Optional.of(MemberOutcome.ROOM_ENDED);
    }
    if (member.isAdmin()) {
      return Optional.empty();
    }
    if (room.locked() && !member.invited()) {
      return Optional.of(MemberOutcome.LOCKED);
    }
    if (room.bridge().isFull((int) room.nonAdminsPresent())) {
      return Optional.of(MemberOutcome.FULL);
    }
    return Optional.empty();
  }

  private RoomAnswer refuse(Member member, MemberOutcome outcome, Effects fx) {
    member.apply(MemberInput.REFUSE, "refused: " + outcome.label(), fx);
    member.outcome(outcome);
    if (member.invited()) {
      fx.command(new Command.HangUp(member.channelId(), "normal"));
    }
    departures.joinerGone(fx);
    return new RoomAnswer.Refused(outcome, prompts(outcome));
  }

  private List<String> prompts(MemberOutcome outcome) {
    return switch (outcome) {
      case LOCKED -> announcer.prompt(PromptKey.LOCKED);
      case FULL -> announcer.prompt(PromptKey.FULL);
      case WRONG_PIN -> announcer.prompt(PromptKey.INVALID_PIN);
      case ROOM_ENDED -> announcer.prompt(PromptKey.ENDED);
      default -> List.of();
    };
  }
}
