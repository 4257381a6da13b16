package io.ariflow.flows.conference.command;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One thing the conference and supervision machines want done in Asterisk, decided as a value and executed by
 * the adapter in list order. Each record names the ARI request it stands for. A 404 or 422 answer means the
 * channel, bridge or recording is already gone: the adapter treats it as done, never as a failure of the room.
 */
public sealed interface Command {

  /**
   * {@code POST /bridges?type=mixing&bridgeId=...&name=...}: our id, so events can be routed before the answer.
   *
   * @param bridgeId the id we chose
   * @param name the bridge name (the room or session name)
   */
  record CreateBridge(String bridgeId, String name) implements Command {
    /** Rejects nulls. */
    public CreateBridge {
      Objects.requireNonNull(bridgeId, "bridgeId");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * {@code POST /bridges/{id}/addChannel}; also moves a channel that is in another bridge.
   *
   * @param bridgeId the bridge
   * @param channelId the channel
   */
  record AddToBridge(String bridgeId, String channelId) implements Command {
  }

  /**
   * {@code POST /bridges/{id}/removeChannel}; the channel stays up and in Stasis.
   *
   * @param bridgeId the bridge
   * @param channelId the channel
   */
  record RemoveFromBridge(String bridgeId, String channelId) implements Command {
  }

  /**
   * {@code DELETE /bridges/{id}}; members still inside leave it (ChannelLeftBridge), BridgeDestroyed may not come.
   *
   * @param bridgeId the bridge
   */
  record DestroyBridge(String bridgeId) implements Command {
  }

  /**
   * {@code POST /channels/{id}/mute?direction=in}: the others stop hearing the member; the member still hears.
   *
   * @param channelId the channel
   */
  record Mute(String channelId) implements Command {
  }

  /**
   * {@code DELETE /channels/{id}/mute?direction=in}.
   *
   * @param channelId the channel
   */
  record Unmute(String channelId) implements Command {
  }

  /**
   * {@code POST /bridges/{id}/moh} or {@code POST /channels/{id}/moh} with {@code mohClass}.
   *
   * @param target the bridge or channel
   * @param mohClass the music on hold class
   */
  record StartMoh(Target target, String mohClass) implements Command {
  }

  /**
   * {@code DELETE /bridges/{id}/moh} or {@code DELETE /channels/{id}/moh}.
   *
   * @param target the bridge or channel
   */
  record StopMoh(Target target) implements Command {
  }

  /**
   * {@code POST /bridges/{id}/play/{playbackId}} or {@code POST /channels/{id}/play/{playbackId}}. Machines that
   * must act when it ends (music after a prompt) expect a PlaybackFinished message with this id.
   *
   * @param playbackId the id we chose
   * @param target who hears it
   * @param media ARI media URIs, played in order ({@code sound:conf-onlyperson}, {@code number:3}, ...)
   */
  record Play(String playbackId, Target target, List<String> media) implements Command {
    /** Copies the media list. */
    public Play {
      media = List.copyOf(media);
    }
  }

  /**
   * {@code DELETE /playbacks/{id}}.
   *
   * @param playbackId the playback
   */
  record StopPlayback(String playbackId) implements Command {
  }

  /**
   * {@code POST /bridges/{id}/record?name=...&format=...&ifExists=fail}: the whole room's mix.
   *
   * @param bridgeId the bridge
   * @param name the recording name (unique per room and start)
   * @param format the file format, e.g. {@code wav}
   */
  record StartRecording(String bridgeId, String name, String format) implements Command {
  }

  /**
   * {@code POST /recordings/live/{name}/stop}; RecordingFinished follows.
   *
   * @param name the live recording
   */
  record StopRecording(String name) implements Command {
  }

  /**
   * {@code POST /channels/{id}/variable?variable=VOLUME(RX|TX)&value=level}; 0 restores the original volume.
   *
   * @param channelId the channel
   * @param direction talk or listen
   * @param level from -4 (quieter) to 4 (louder)
   */
  record SetVolume(String channelId, VolumeDirection direction, int level) implements Command {
  }

  /**
   * {@code POST /channels/{id}/variable?variable=TALK_DETECT(set)&value=silenceMs,talkingThreshold}; afterwards
   * ChannelTalkingStarted / ChannelTalkingFinished arrive for the channel.
   *
   * @param channelId the channel
   * @param silenceMs milliseconds of silence that end talking (dsp_silence_threshold)
   * @param talkingThreshold energy level that counts as talking (dsp_talking_threshold)
   */
  record EnableTalkDetection(String channelId, int silenceMs, int talkingThreshold) implements Command {
  }

  /**
   * {@code POST /channels/{target}/snoop/{snoopId}?spy=...&whisper=...&app=...}: a Snoop channel in Stasis.
   *
   * @param snoopId the id we chose
   * @param targetChannelId the channel listened to
   * @param spy which of the target's audio the snoop channel carries into its bridge
   * @param whisper where audio from the snoop's bridge is injected into the target
   */
  record CreateSnoop(String snoopId, String targetChannelId, AudioDirection spy, AudioDirection whisper)
      implements Command {
  }

  /**
   * {@code POST /channels/{channelId}?endpoint=...&app=...&timeout=...&callerId=...}: an outbound call with our id.
   * The adapter reports ringing, answer, busy, no answer or failure for {@code channelId}.
   *
   * @param channelId the id we chose
   * @param endpoint e.g. {@code PJSIP/201}
   * @param callerId what the called party sees
   * @param timeout how long it may ring
   * @param purpose why it is dialled (Stasis appArgs), e.g. {@code conference:team-1}
   */
  record Dial(String channelId, String endpoint, CallerId callerId, Duration timeout, String purpose)
      implements Command {
  }

  /**
   * {@code POST /channels/{id}/answer}.
   *
   * @param channelId the channel
   */
  record Answer(String channelId) implements Command {
  }

  /**
   * {@code DELETE /channels/{id}?reason=...}.
   *
   * @param channelId the channel
   * @param reason ARI hangup reason: {@code normal}, {@code busy}, {@code no_answer}, ...
   */
  record HangUp(String channelId, String reason) implements Command {
  }

  /**
   * Hands an answered channel to the flow engine, which runs {@code flowId} on it as on an inbound call.
   *
   * @param channelId the channel
   * @param flowId the flow
   */
  record RunFlow(String channelId, String flowId) implements Command {
  }

  /**
   * Arms (or re-arms) a timer on the owner's clock; when it fires the owner receives {@code key} back.
   *
   * @param key names the timer within its owner
   * @param after the delay
   */
  record ArmTimer(TimerKey key, Duration after) implements Command {
  }

  /**
   * Cancels a timer; a firing that raced the cancel is ignored by the owner.
   *
   * @param key the timer
   */
  record CancelTimer(TimerKey key) implements Command {
  }
}
