package io.ariflow.flows.conference.room;

import java.util.List;

/**
 * What the room tells parties other than the sender: a member's step that its time in the room is over (kicked,
 * room ended, ...), and the engine that the room is gone.
 */
public sealed interface RoomNotice {

  /**
   * The member is out of the room; its conference step ends with {@code outcome} after playing {@code prompts}.
   * Sent for every admitted member exactly once, whatever the cause (also a hangup, so the step can finish).
   *
   * @param channelId the member
   * @param outcome why it is out
   * @param detail who kicked, why the room ended, ...
   * @param prompts what to play to it afterwards (e.g. {@code conf-kicked}); empty after a hangup
   */
  record MemberReleased(String channelId, MemberOutcome outcome, String detail, List<String> prompts)
      implements RoomNotice {
    /** Copies the prompts. */
    public MemberReleased {
      prompts = List.copyOf(prompts);
    }
  }

  /**
   * The room reached ENDED: bridge destroyed, recording stopped, nobody left. The directory forgets it.
   *
   * @param room the room name
   * @param reason why
   */
  record RoomEnded(String room, String reason) implements RoomNotice {
  }
}
