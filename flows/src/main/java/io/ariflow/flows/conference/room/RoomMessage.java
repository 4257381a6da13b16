package io.ariflow.flows.conference.room;

import io.ariflow.flows.conference.command.TimerKey;
import io.ariflow.flows.conference.spec.ProfileOverrides;
import io.ariflow.flows.conference.spec.Role;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a room is told: a member's step asking to join, channel and recording events mapped by the adapter
 * (see {@link RoomSignals}), timers firing, and {@link RoomOperation}s from the engine. Members are named by their
 * channel id.
 */
public sealed interface RoomMessage permits RoomMessage.JoinRequest, RoomMessage.PinEntered,
    RoomMessage.NameRecorded, RoomMessage.MemberHungUp, RoomMessage.MemberLeftBridge, RoomMessage.TalkingStarted,
    RoomMessage.TalkingFinished, RoomMessage.DtmfReceived, RoomMessage.PlaybackFinished,
    RoomMessage.RecordingStarted, RoomMessage.RecordingFinished, RoomMessage.RecordingFailed,
    RoomMessage.DialOutFailed, RoomMessage.TimerFired, RoomOperation {

  /**
   * A conference step asks to bring its channel in. Without a role, the PIN entered decides it.
   *
   * @param channelId the caller's channel (answered, in Stasis)
   * @param role the role the flow gives the caller, or empty to let the PIN decide
   * @param caller the caller id
   * @param pin a PIN the step already collected, if any
   * @param recordedName the name the step already recorded (a {@code recording:} media URI), if any
   * @param overrides what the step changes in the role's profile
   */
  record JoinRequest(String channelId, Optional<Role> role, Caller caller, Optional<String> pin,
      Optional<String> recordedName, ProfileOverrides overrides) implements RoomMessage {
    /** Rejects nulls. */
    public JoinRequest {
      Objects.requireNonNull(channelId, "channelId");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(pin, "pin");
      Objects.requireNonNull(recordedName, "recordedName");
      Objects.requireNonNull(overrides, "overrides");
    }

    /** A request that keeps the role's profile as declared. */
    public JoinRequest(String channelId, Optional<Role> role, Caller caller, Optional<String> pin,
        Optional<String> recordedName) {
      this(channelId, role, caller, pin, recordedName, ProfileOverrides.NONE);
    }
  }

  /**
   * The digits a joining member entered after {@link RoomAnswer.AskPin} (empty if it just pressed {@code #}).
   *
   * @param channelId the member
   * @param digits the PIN entered
   */
  record PinEntered(String channelId, String digits) implements RoomMessage {
  }

  /**
   * The name recording asked with {@link RoomAnswer.AskName}, or empty if the caller said nothing.
   *
   * @param channelId the member
   * @param recording a {@code recording:} media URI
   */
  record NameRecorded(String channelId, Optional<String> recording) implements RoomMessage {
  }

  /**
   * ChannelHangupRequest or StasisEnd for a member's channel.
   *
   * @param channelId the member
   */
  record MemberHungUp(String channelId) implements RoomMessage {
  }

  /**
   * ChannelLeftBridge for the room's bridge.
   *
   * @param channelId the member
   */
  record MemberLeftBridge(String channelId) implements RoomMessage {
  }

  /**
   * ChannelTalkingStarted.
   *
   * @param channelId the member
   */
  record TalkingStarted(String channelId) implements RoomMessage {
  }

  /**
   * ChannelTalkingFinished.
   *
   * @param channelId the member
   * @param duration how long the member talked
   */
  record TalkingFinished(String channelId, Duration duration) implements RoomMessage {
  }

  /**
   * ChannelDtmfReceived from a member in the room (or waiting).
   *
   * @param channelId the member
   * @param digit 0-9, A-D, * or #
   */
  record DtmfReceived(String channelId, char digit) implements RoomMessage {
  }

  /**
   * PlaybackFinished for a playback the room started.
   *
   * @param playbackId the id from {@code Command.Play}
   */
  record PlaybackFinished(String playbackId) implements RoomMessage {
  }

  /**
   * RecordingStarted.
   *
   * @param name the recording
   */
  record RecordingStarted(String name) implements RoomMessage {
  }

  /**
   * RecordingFinished.
   *
   * @param name the recording
   */
  record RecordingFinished(String name) implements RoomMessage {
  }

  /**
   * RecordingFailed, or the record request was refused.
   *
   * @param name the recording
   * @param reason why
   */
  record RecordingFailed(String name, String reason) implements RoomMessage {
  }

  /**
   * A participant dialled by the room did not answer (busy, no answer, failure). An answered one sends a
   * {@link JoinRequest} with the channel id the room chose.
   *
   * @param channelId the id from {@code Command.Dial}
   * @param reason busy, no answer, failed
   */
  record DialOutFailed(String channelId, String reason) implements RoomMessage {
  }

  /**
   * A timer the room armed fired.
   *
   * @param key the key from {@code Command.ArmTimer}
   */
  record TimerFired(TimerKey key) implements RoomMessage {
  }
}
