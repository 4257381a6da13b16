package io.ariflow.flows.conference.room;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDtmfReceived;
import io.ariflow.model.event.ChannelHangupRequest;
import io.ariflow.model.event.ChannelLeftBridge;
import io.ariflow.model.event.ChannelTalkingFinished;
import io.ariflow.model.event.ChannelTalkingStarted;
import io.ariflow.model.event.PlaybackFinished;
import io.ariflow.model.event.RecordingFailed;
import io.ariflow.model.event.RecordingFinished;
import io.ariflow.model.event.StasisEnd;
import java.time.Duration;
import java.util.Optional;

/**
 * Maps the ARI events a room cares about to {@link RoomMessage}s, so the adapter does not decide what they mean.
 * ChannelLeftBridge counts only for the room's own bridge (a member moved elsewhere is not leaving); the room
 * tolerates the repeats Asterisk sends (ChannelHangupRequest then StasisEnd).
 */
public final class RoomSignals {

  private RoomSignals() {
  }

  /** The message for {@code event} in the room whose bridge is {@code bridgeId}, if the event concerns rooms. */
  public static Optional<RoomMessage> from(AriEvent event, String bridgeId) {
    if (event instanceof ChannelHangupRequest hangup) {
      return Optional.of(new RoomMessage.MemberHungUp(hangup.channel().id()));
    }
    if (event instanceof StasisEnd end) {
      return Optional.of(new RoomMessage.MemberHungUp(end.channel().id()));
    }
    if (event instanceof ChannelLeftBridge left && bridgeId.equals(left.bridge().id())) {
      return Optional.of(new RoomMessage.MemberLeftBridge(left.channel().id()));
    }
    if (event instanceof ChannelTalkingStarted started) {
      return Optional.of(new RoomMessage.TalkingStarted(started.channel().id()));
    }
    if (event instanceof ChannelTalkingFinished finished) {
      long millis = finished.duration() == null ? 0 : finished.duration();
      return Optional.of(new RoomMessage.TalkingFinished(finished.channel().id(), Duration.ofMillis(millis)));
    }
    if (event instanceof ChannelDtmfReceived dtmf && dtmf.digit() != null && dtmf.digit().length() == 1) {
      return Optional.of(new RoomMessage.DtmfReceived(dtmf.channel().id(), dtmf.digit().charAt(0)));
    }
    if (event instanceof PlaybackFinished playback) {
      return Optional.of(new RoomMessage.PlaybackFinished(playback.playback().id()));
    }
    return recording(event);
  }

  private static Optional<RoomMessage> recording(AriEvent event) {
    if (event instanceof io.ariflow.model.event.RecordingStarted started) {
      return Optional.of(new RoomMessage.RecordingStarted(started.recording().name()));
    }
    if (event instanceof RecordingFinished finished) {
      return Optional.of(new RoomMessage.RecordingFinished(finished.recording().name()));
    }
    if (event instanceof RecordingFailed failed) {
      String cause = failed.recording().cause() == null ? "failed" : failed.recording().cause();
      return Optional.of(new RoomMessage.RecordingFailed(failed.recording().name(), cause));
    }
    return Optional.empty();
  }
}
