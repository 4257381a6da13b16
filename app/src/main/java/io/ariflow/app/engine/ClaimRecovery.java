package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.request.playbacks.PlaybacksGet;
import io.ariflow.model.request.recordings.RecordingsGetLive;
import io.ariflow.model.resource.Channel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a reconnect, checks every open claim of a call against Asterisk and delivers the end event that
 * was lost in the gap: a leg or bridge missing from the snapshots is destroyed, a leg found up was
 * answered, a playback or live recording Asterisk no longer knows (404) has finished. What is still
 * going on is left alone: its own event will come. A DTMF pressed in the gap cannot be recovered (ARI
 * keeps no history); the step waiting for it goes on with its own timers, so a menu simply re-prompts.
 */
final class ClaimRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(ClaimRecovery.class);
  private static final String UP = "Up";

  private final AriRestClient rest;
  private final Calls calls;

  ClaimRecovery(AriRestClient rest, Calls calls) {
    this.rest = rest;
    this.calls = calls;
  }

  /**
   * Recovers the open claims of {@code call} that were already open when the snapshots were requested
   * ({@code judged}); a leg created since then is simply not in them yet. Returns how many were checked.
   */
  int recover(Call call, Map<String, Channel> channels, Set<String> bridgeIds, StandInEvents standIns,
      Set<String> judged) {
    Map<String, ResourceKind> open = new LinkedHashMap<>(call.claims().open());
    open.keySet().retainAll(judged);
    open.forEach((id, kind) -> {
      switch (kind) {
        case CHANNEL -> recoverLeg(call, id, channels.get(id), standIns);
        case BRIDGE -> {
          if (!bridgeIds.contains(id)) {
            standIn(call, standIns.bridgeDestroyed(id), "bridge " + id + " was destroyed");
          }
        }
        case PLAYBACK -> probe(call, PlaybacksGet.of(id), standIns.playbackFinished(id, "channel:" + call.id()),
            "playback " + id + " finished");
        case RECORDING -> probe(call, RecordingsGetLive.of(id),
            standIns.recordingFinished(id, "channel:" + call.id()), "recording " + id + " finished");
      }
    });
    return open.size();
  }

  private void recoverLeg(Call call, String legId, Channel snapshot, StandInEvents standIns) {
    Channel known = call.claims().lastSeen(legId).orElse(StandInEvents.bareChannel(legId));
    if (snapshot == null) {
      standIn(call, standIns.channelDestroyed(known), "leg " + legId + " is gone");
    } else if (UP.equals(snapshot.state()) && !UP.equals(known.state())) {
      standIn(call, standIns.answered(call.channel(), snapshot), "leg " + legId + " answered");
    }
  }

  private void probe(Call call, AriRequest<?> request, AriEvent standIn, String what) {
    rest.send(request).onFailure(failure -> {
      if (failure instanceof Gone) {
        standIn(call, standIn, what);
      }
    });
  }

  private void standIn(Call call, AriEvent event, String what) {
    if (calls.get(call.id()).filter(current -> current == call).isEmpty()) {
      return;
    }
    LOG.info("call={} {} while the events connection was down; delivering {}", call.id(), what, event.type());
    calls.deliver(call, event);
  }
}
