package io.ariflow.app.engine;

import io.ariflow.model.event.BridgeDestroyed;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.PlaybackFinished;
import io.ariflow.model.event.RecordingFinished;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.resource.Bridge;
import io.ariflow.model.resource.Channel;
import io.ariflow.model.resource.LiveRecording;
import io.ariflow.model.resource.Playback;
import java.util.List;

/**
 * The end events Asterisk sent while the events connection was down, rebuilt from what the
 * reconciliation found, so a waiting run goes on exactly as if they had arrived. They carry the ARI
 * timestamp of the last event we saw and only the fields that tell what ended. Public so the other owners of
 * objects (rooms, supervision sessions, click-to-calls) rebuild theirs the same way.
 */
public final class StandInEvents {
  private static final int NORMAL_CLEARING = 16;

  private final String app;
  private final String timestamp;

  /** Stand-ins for application {@code app}, stamped {@code timestamp} (null when unknown). */
  public StandInEvents(String app, String timestamp) {
    this.app = app;
    this.timestamp = timestamp;
  }

  /** The caller's channel left our application (it is no longer in it). */
  public StasisEnd stasisEnd(Channel channel) {
    return new StasisEnd(app, timestamp, null, channel);
  }

  /** A claimed channel (a leg) no longer exists. */
  public ChannelDestroyed channelDestroyed(Channel channel) {
    return new ChannelDestroyed(app, timestamp, null, NORMAL_CLEARING, "Normal Clearing", null, channel);
  }

  /** A channel we originated is up and in our application: its StasisStart was lost. */
  public StasisStart stasisStart(Channel channel) {
    return new StasisStart(app, timestamp, null, List.of(), channel, null);
  }

  /** A claimed leg is up: its answer was lost. */
  public Dial answered(Channel caller, Channel leg) {
    return new Dial(app, timestamp, null, caller, leg, null, null, null, "ANSWER");
  }

  /** A claimed bridge no longer exists. */
  public BridgeDestroyed bridgeDestroyed(String bridgeId) {
    return new BridgeDestroyed(app, timestamp, null,
        new Bridge(bridgeId, null, null, null, null, null, List.of(), null, null, null, null));
  }

  /** A claimed playback is over (Asterisk forgets a playback once it finished). */
  public PlaybackFinished playbackFinished(String playbackId, String targetUri) {
    return new PlaybackFinished(app, timestamp, null, new Playback(playbackId, null, null, targetUri, null, "done"));
  }

  /** A claimed live recording is over (stored, or never started). */
  public RecordingFinished recordingFinished(String name, String targetUri) {
    return new RecordingFinished(app, timestamp, null,
        new LiveRecording(name, null, targetUri, "done", null, null, null, null));
  }

  /** A snapshot with only the id, for a claimed channel we never heard of. */
  public static Channel bareChannel(String id) {
    return new Channel(id, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
