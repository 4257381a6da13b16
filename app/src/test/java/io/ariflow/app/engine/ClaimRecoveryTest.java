package io.ariflow.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ariflow.app.config.LostChannelPolicy;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.BridgeDestroyed;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.PlaybackFinished;
import io.ariflow.model.event.RecordingFinished;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.json.AriJson;
import io.ariflow.model.resource.Application;
import io.ariflow.model.resource.Bridge;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * After a reconnect, the open claims of a call are checked against Asterisk, and the end events lost in
 * the gap are delivered to the call: a finished playback or recording (404), a leg or bridge that is gone,
 * a leg that answered. What still exists is left alone.
 */
class ClaimRecoveryTest {
  private static final ObjectMapper JSON = AriJson.newMapper();

  private final FakeAri ari = new FakeAri();
  private final List<AriEvent> delivered = new ArrayList<>();

  @Test
  void theEndEventsLostInTheGapAreDeliveredAndLivingObjectsLeftAlone() {
    Calls calls = new Calls(ari, session -> {
      session.onEvent(delivered::add);
      session.claim(ResourceKind.PLAYBACK, "pb-over");
      session.claim(ResourceKind.RECORDING, "msg-over");
      session.claim(ResourceKind.CHANNEL, "leg-gone");
      session.claim(ResourceKind.CHANNEL, "leg-answered");
      session.claim(ResourceKind.BRIDGE, "br-gone");
      session.claim(ResourceKind.BRIDGE, "br-alive");
      return Promise.<Void>promise().future();
    }, () -> "id");
    Bridges bridges = new Bridges();
    EventRouter router = new EventRouter(new AriEventDecoder(), calls, bridges);
    router.route(ClaimsTest.stasisStart(ClaimsTest.CALLER, List.of("support")));
    router.route(ClaimsTest.stasisStart("leg-answered", List.of("ariflow:leg", ClaimsTest.CALLER)));
    delivered.clear();
    ari.respond("applications.get", application(List.of(ClaimsTest.CALLER, "leg-answered")))
        .respond("channels.list", List.of(ClaimsTest.channel(ClaimsTest.CALLER, "Up"),
            ClaimsTest.channel("leg-answered", "Up")))
        .respond("bridges.list", List.of(new Bridge("br-alive", null, "mixing", null, null, null, List.of(), null,
            null, null, null)))
        .answer("playbacks.get", FakeAri::goneFor)
        .answer("recordings.getLive", FakeAri::goneFor);

    Reconciler.Report report = new Reconciler(ari, ClaimsTest.APP, calls, bridges, router, LostChannelPolicy.HANGUP)
        .reconcile(2).result();

    assertEquals(0, report.adopted() + report.lost(), "a claimed leg is neither adopted nor lost");
    assertEquals(Set.of("PlaybackFinished pb-over", "RecordingFinished msg-over", "ChannelDestroyed leg-gone",
        "Dial leg-answered", "BridgeDestroyed br-gone"), describe(delivered));
    assertEquals(List.of("applications.get", "channels.list", "bridges.list", "playbacks.get", "recordings.getLive"),
        ari.operations());
  }

  @Test
  void aLegCreatedWhileTheSnapshotsWereInFlightIsNotDeclaredGone() {
    List<CallSession> sessions = new ArrayList<>();
    Calls calls = new Calls(ari, session -> {
      session.onEvent(delivered::add);
      sessions.add(session);
      return Promise.<Void>promise().future();
    }, () -> "id");
    Bridges bridges = new Bridges();
    EventRouter router = new EventRouter(new AriEventDecoder(), calls, bridges);
    router.route(ClaimsTest.stasisStart(ClaimsTest.CALLER, List.of("support")));
    ari.answer("applications.get", request -> {
      sessions.get(0).claim(ResourceKind.CHANNEL, "leg-dialled-just-now");
      return io.vertx.core.Future.succeededFuture(application(List.of(ClaimsTest.CALLER)));
    })
        .respond("channels.list", List.of(ClaimsTest.channel(ClaimsTest.CALLER, "Up")))
        .respond("bridges.list", List.of());

    new Reconciler(ari, ClaimsTest.APP, calls, bridges, router, LostChannelPolicy.HANGUP).reconcile(2).result();

    assertEquals(Set.of(), describe(delivered), "the new leg's own events will tell what happens to it");
  }

  private static Set<String> describe(List<AriEvent> events) {
    Set<String> out = new TreeSet<>();
    for (AriEvent event : events) {
      out.add(event.type() + " " + subjectOf(event));
    }
    return out;
  }

  private static String subjectOf(AriEvent event) {
    if (event instanceof PlaybackFinished e) {
      return e.playback().id();
    }
    if (event instanceof RecordingFinished e) {
      return e.recording().name();
    }
    if (event instanceof ChannelDestroyed e) {
      return e.channel().id();
    }
    if (event instanceof Dial e) {
      return e.peer().id() + ("ANSWER".equals(e.dialstatus()) ? "" : " " + e.dialstatus());
    }
    return event instanceof BridgeDestroyed e ? e.bridge().id() : "?";
  }

  private static Application application(List<String> channelIds) {
    return JSON.convertValue(Map.of("name", ClaimsTest.APP, "channel_ids", channelIds, "bridge_ids",
        List.of("br-gone", "br-alive"), "endpoint_ids", List.of(), "device_names", List.of()), Application.class);
  }
}
