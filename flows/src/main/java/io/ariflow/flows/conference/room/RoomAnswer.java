package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.spec.Role;
import io.ariflow.flows.state.IllegalTransition;
import java.util.List;

/**
 * The room's reply to the sender of a message: the next step of a join (PIN, name, admitted, refused), the result
 * of an operation, or what it made of an event. Never silent: every message gets one.
 */
public sealed interface RoomAnswer {

  /**
   * The joining member must enter a PIN: play {@code prompts}, collect digits up to {@code #}, send PinEntered.
   *
   * @param attemptsLeft how many PINs it may still enter, this one included
   * @param prompts what to play first ({@code conf-getpin}, preceded by {@code conf-invalidpin} on a retry)
   */
  record AskPin(int attemptsLeft, List<String> prompts) implements RoomAnswer {
    /** Copies the prompts. */
    public AskPin {
      prompts = List.copyOf(prompts);
    }
  }

  /**
   * The room announces names: play {@code prompt}, record the name, send NameRecorded.
   *
   * @param prompt the media asking for the name
   */
  record AskName(String prompt) implements RoomAnswer {
  }

  /**
   * The member is in (in the bridge, or waiting with music for a marked member).
   *
   * @param seat its participant number, for service codes and listings
   * @param role its role
   * @param waiting whether it waits for a marked member
   */
  record Admitted(int seat, Role role, boolean waiting) implements RoomAnswer {
  }

  /**
   * The member may not enter; its step ends with {@code outcome} after playing {@code prompts}.
   *
   * @param outcome locked, full, wrong PIN, not allowed, no such room or room ended
   * @param prompts what to play to the caller (e.g. {@code conf-locked})
   */
  record Refused(MemberOutcome outcome, List<String> prompts) implements RoomAnswer {
    /** Copies the prompts. */
    public Refused {
      prompts = List.copyOf(prompts);
    }
  }

  /** The operation was carried out; the commands do it. */
  record Done() implements RoomAnswer {
  }

  /**
   * The operation changes nothing (already locked, not recording, ...).
   *
   * @param reason why
   */
  record NoChange(String reason) implements RoomAnswer {
  }

  /**
   * The operation names a member the room does not have.
   *
   * @param what the missing member
   */
  record NotFound(String what) implements RoomAnswer {
  }

  /**
   * The operation is not possible here (no recording declared, room ended, ...).
   *
   * @param reason why
   */
  record NotAllowed(String reason) implements RoomAnswer {
  }

  /** The event was taken into account. */
  record Noted() implements RoomAnswer {
  }

  /**
   * The event does not concern the room (another channel, a stale timer or recording).
   *
   * @param reason why
   */
  record Ignored(String reason) implements RoomAnswer {
  }

  /**
   * The event does not fit the member's or room's table; nothing changed.
   *
   * @param transition the report with the recent history
   */
  record Illegal(IllegalTransition transition) implements RoomAnswer {
  }
}
