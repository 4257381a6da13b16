package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.CallerId;
import io.ariflow.flows.conference.spec.Role;
import java.util.Objects;

/**
 * Operations the rest of the engine (and later the control API) performs on a room, ConfBridge's AMI actions
 * as values. Each is answered with Done, NoChange, NotFound or NotAllowed. Listing is not an operation: call
 * {@link ConferenceRoom#snapshot()}.
 */
public sealed interface RoomOperation extends RoomMessage {

  /**
   * Mute a member (a moderator's mute: the member cannot undo it with its menu).
   *
   * @param channelId the member
   */
  record MuteMember(String channelId) implements RoomOperation {
  }

  /**
   * Unmute a member, clearing its own mute as well.
   *
   * @param channelId the member
   */
  record UnmuteMember(String channelId) implements RoomOperation {
  }

  /**
   * Mute or unmute every member who is not an admin, now and as they join.
   *
   * @param muted whether to mute
   */
  record SetParticipantsMuted(boolean muted) implements RoomOperation {
  }

  /**
   * Kick a member.
   *
   * @param channelId the member
   * @param by who kicked, for the member's outcome and the logs
   */
  record KickMember(String channelId, String by) implements RoomOperation {
  }

  /** Lock the room. */
  record Lock() implements RoomOperation {
  }

  /** Unlock the room. */
  record Unlock() implements RoomOperation {
  }

  /** Start recording the room. */
  record StartRecording() implements RoomOperation {
  }

  /** Stop recording the room. */
  record StopRecording() implements RoomOperation {
  }

  /**
   * Dial a participant into the room; when it answers it joins with {@code role}, without PIN, lock or not.
   *
   * @param endpoint e.g. {@code PJSIP/201}
   * @param role the role it gets
   * @param callerId what it sees
   */
  record AddParticipant(String endpoint, Role role, CallerId callerId) implements RoomOperation {
    /** Rejects nulls. */
    public AddParticipant {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(callerId, "callerId");
    }
  }

  /**
   * End the room: every member leaves with ROOM_ENDED, the bridge is destroyed, the recording stopped.
   *
   * @param reason why, for the members' outcome and the logs
   */
  record End(String reason) implements RoomOperation {
  }
}
