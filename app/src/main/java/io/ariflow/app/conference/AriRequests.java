package io.ariflow.app.conference;

import io.ariflow.flows.conference.command.Command;
import io.ariflow.flows.conference.command.Target;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.bridges.BridgesAddChannel;
import io.ariflow.model.request.bridges.BridgesCreateWithId;
import io.ariflow.model.request.bridges.BridgesDestroy;
import io.ariflow.model.request.bridges.BridgesPlayWithId;
import io.ariflow.model.request.bridges.BridgesRecord;
import io.ariflow.model.request.bridges.BridgesRemoveChannel;
import io.ariflow.model.request.bridges.BridgesStartMoh;
import io.ariflow.model.request.bridges.BridgesStopMoh;
import io.ariflow.model.request.channels.ChannelsAnswer;
import io.ariflow.model.request.channels.ChannelsHangup;
import io.ariflow.model.request.channels.ChannelsMute;
import io.ariflow.model.request.channels.ChannelsOriginateWithId;
import io.ariflow.model.request.channels.ChannelsPlayWithId;
import io.ariflow.model.request.channels.ChannelsSetChannelVar;
import io.ariflow.model.request.channels.ChannelsSnoopChannelWithId;
import io.ariflow.model.request.channels.ChannelsStartMoh;
import io.ariflow.model.request.channels.ChannelsStopMoh;
import io.ariflow.model.request.channels.ChannelsUnmute;
import io.ariflow.model.request.playbacks.PlaybacksStop;
import io.ariflow.model.request.recordings.RecordingsStop;
import java.util.List;
import java.util.Optional;

/**
 * The ARI request each domain {@link Command} stands for, as its record's comment names it. Timers and
 * {@code RunFlow} are not ARI requests: they have none, and their owner handles them.
 */
final class AriRequests {

  private static final String MUTED_AUDIO = "in";

  private AriRequests() {
  }

  /** The request for {@code command}; empty for the commands that are not ARI requests. */
  static Optional<AriRequest<?>> of(Command command, String app) {
    AriRequest<?> bridge = bridge(command);
    if (bridge != null) {
      return Optional.of(bridge);
    }
    AriRequest<?> media = media(command);
    return Optional.ofNullable(media != null ? media : channel(command, app));
  }

  private static AriRequest<?> bridge(Command command) {
    if (command instanceof Command.CreateBridge create) {
      return BridgesCreateWithId.of(create.bridgeId()).withTypeParam("mixing").withName(create.name());
    }
    if (command instanceof Command.AddToBridge add) {
      return BridgesAddChannel.of(add.bridgeId(), List.of(add.channelId()));
    }
    if (command instanceof Command.RemoveFromBridge remove) {
      return BridgesRemoveChannel.of(remove.bridgeId(), List.of(remove.channelId()));
    }
    if (command instanceof Command.DestroyBridge destroy) {
      return BridgesDestroy.of(destroy.bridgeId());
    }
    if (command instanceof Command.StartRecording record) {
      return BridgesRecord.of(record.bridgeId(), record.name(), record.format()).withIfExists("fail");
    }
    if (command instanceof Command.StopRecording stop) {
      return RecordingsStop.of(stop.name());
    }
    return null;
  }

  private static AriRequest<?> media(Command command) {
    if (command instanceof Command.StartMoh moh) {
      return moh.target() instanceof Target.Bridge bridge
          ? BridgesStartMoh.of(bridge.id()).withMohClass(moh.mohClass())
          : ChannelsStartMoh.of(moh.target().id()).withMohClass(moh.mohClass());
    }
    if (command instanceof Command.StopMoh moh) {
      return moh.target() instanceof Target.Bridge bridge ? BridgesStopMoh.of(bridge.id())
          : ChannelsStopMoh.of(moh.target().id());
    }
    if (command instanceof Command.Play play) {
      return play.target() instanceof Target.Bridge bridge
          ? BridgesPlayWithId.of(bridge.id(), play.playbackId(), play.media())
          : ChannelsPlayWithId.of(play.target().id(), play.playbackId(), play.media());
    }
    if (command instanceof Command.StopPlayback stop) {
      return PlaybacksStop.of(stop.playbackId());
    }
    return null;
  }

  private static AriRequest<?> channel(Command command, String app) {
    if (command instanceof Command.Mute mute) {
      return ChannelsMute.of(mute.channelId()).withDirection(MUTED_AUDIO);
    }
    if (command instanceof Command.Unmute unmute) {
      return ChannelsUnmute.of(unmute.channelId()).withDirection(MUTED_AUDIO);
    }
    if (command instanceof Command.SetVolume volume) {
      return ChannelsSetChannelVar.of(volume.channelId(), volume.direction().variable())
          .withValue(Integer.toString(volume.level()));
    }
    if (command instanceof Command.EnableTalkDetection talk) {
      return ChannelsSetChannelVar.of(talk.channelId(), "TALK_DETECT(set)")
          .withValue(talk.silenceMs() + "," + talk.talkingThreshold());
    }
    if (command instanceof Command.CreateSnoop snoop) {
      return ChannelsSnoopChannelWithId.of(snoop.targetChannelId(), snoop.snoopId(), app)
          .withSpy(snoop.spy().ariValue()).withWhisper(snoop.whisper().ariValue()).withAppArgs("ariflow:snoop");
    }
    if (command instanceof Command.Dial dial) {
      ChannelsOriginateWithId originate = ChannelsOriginateWithId.of(dial.channelId(), dial.endpoint()).withApp(app)
          .withAppArgs(dial.purpose()).withTimeout((int) Math.max(1, dial.timeout().toSeconds()));
      return dial.callerId().isEmpty() ? originate : originate.withCallerId(dial.callerId().ariValue());
    }
    if (command instanceof Command.Answer answer) {
      return ChannelsAnswer.of(answer.channelId());
    }
    if (command instanceof Command.HangUp hangUp) {
      return ChannelsHangup.of(hangUp.channelId()).withReason(hangUp.reason());
    }
    return null;
  }
}
