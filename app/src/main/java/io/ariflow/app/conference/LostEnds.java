package io.ariflow.app.conference;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ResourceKind;
import io.ariflow.app.engine.StandInEvents;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.playbacks.PlaybacksGet;
import io.ariflow.model.request.recordings.RecordingsGetLive;
import io.ariflow.model.resource.Channel;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds, after a reconnect, the end events one owner missed while the events connection was down, with the
 * engine's {@link StandInEvents}: a channel missing from Asterisk hung up (StasisEnd if it was answered, then
 * ChannelDestroyed; the real cause is lost with the events, so a leg that never answered counts as failed), a channel
 * being dialled that is up answered (StasisStart), a missing bridge was destroyed, a playback or live recording
 * Asterisk no longer knows (404) finished. Only ids held before the listings were asked for are judged: an object
 * made since then is simply not in them yet.
 */
final class LostEnds {
  private static final Logger LOG = LoggerFactory.getLogger(LostEnds.class);
  private static final String UP = "Up";

  private final AriRestClient rest;
  private final StandInEvents standIns;

  LostEnds(AriRestClient rest, StandInEvents standIns) {
    this.rest = rest;
    this.standIns = standIns;
  }

  /**
   * Takes note of what {@code owned} holds now; the returned check, given the picture, delivers to {@code owner}
   * the end events of what is gone. {@code ringing} tells the channels whose answer (StasisStart) is still awaited.
   */
  Consumer<AriPicture> watch(OwnedIds owned, EventOwner owner, Predicate<String> ringing) {
    Map<String, ResourceKind> judged = owned.held();
    return picture -> judged.forEach((id, kind) -> {
      if (owned.holds(id)) {
        judge(new Judged(owned, owner, ringing), id, kind, picture);
      }
    });
  }

  /** The owner being repaired. */
  private record Judged(OwnedIds owned, EventOwner owner, Predicate<String> ringing) {
  }

  private void judge(Judged who, String id, ResourceKind kind, AriPicture picture) {
    switch (kind) {
      case CHANNEL -> channel(who, id, picture);
      case BRIDGE -> {
        if (!picture.hasBridge(id)) {
          standIn(who, id, standIns.bridgeDestroyed(id), "bridge " + id + " was destroyed");
        }
      }
      case PLAYBACK -> probe(who, id, PlaybacksGet.of(id), standIns.playbackFinished(id, null),
          "playback " + id + " finished");
      case RECORDING -> probe(who, id, RecordingsGetLive.of(id), standIns.recordingFinished(id, null),
          "recording " + id + " finished");
    }
  }

  private void channel(Judged who, String id, AriPicture picture) {
    Channel snapshot = picture.channels().get(id);
    if (snapshot == null) {
      Channel bare = StandInEvents.bareChannel(id);
      if (!who.ringing().test(id)) {
        standIn(who, id, standIns.stasisEnd(bare), "channel " + id + " hung up");
      }
      standIn(who, id, standIns.channelDestroyed(bare), "channel " + id + " is gone");
    } else if (UP.equals(snapshot.state()) && who.ringing().test(id)) {
      standIn(who, id, standIns.stasisStart(snapshot), "channel " + id + " answered");
    }
  }

  private void probe(Judged who, String id, AriRequest<?> request, AriEvent standIn, String what) {
    rest.send(request).onFailure(failure -> {
      if (failure instanceof Gone && who.owned().holds(id)) {
        standIn(who, id, standIn, what);
      }
    });
  }

  private static void standIn(Judged who, String id, AriEvent event, String what) {
    LOG.info("{} while the events connection was down; delivering {}", what, event.type());
    try {
      who.owner().onEvent(event);
    } catch (RuntimeException e) {
      LOG.error("{} failed on the stand-in {} for {}: {}", who.owner(), event.type(), id, e.toString(), e);
    }
  }
}
