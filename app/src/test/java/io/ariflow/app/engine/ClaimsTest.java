package io.ariflow.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.ChannelEnteredBridge;
import io.ariflow.model.event.Dial;
import io.ariflow.model.event.PlaybackStarted;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.resource.Bridge;
import io.ariflow.model.resource.Channel;
import io.ariflow.model.resource.Playback;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The objects a call claims before creating them (legs, bridges, playbacks) route their events to that
 * call, once each, including the StasisStart of its own legs; a leg whose call is gone is hung up.
 */
class ClaimsTest {
  static final String APP = "ariflow";
  static final String CALLER = "1795341600.0";
  static final String LEG = "channel-leg-1";
  static final String BRIDGE = "bridge-1";
  static final String PLAYBACK = "playback-1";

  private final FakeAri ari = new FakeAri();
  private final List<String> seen = new ArrayList<>();
  private final Promise<Void> never = Promise.promise();
  private Calls calls;
  private EventRouter router;

  static Channel channel(String id, String state) {
    return new Channel(id, null, "PJSIP/" + id, state, null, null, null, null, null, "en", null, null, null);
  }

  static StasisStart stasisStart(String id, List<String> args) {
    return new StasisStart(APP, null, null, args, channel(id, "Ring"), null);
  }

  private static Bridge bridge(String id) {
    return new Bridge(id, "simple_bridge", "mixing", "stasis", "Stasis", "", List.of(), "none", null, null, null);
  }

  @BeforeEach
  void callThatClaimsALegABridgeAndAPlayback() {
    calls = new Calls(ari, session -> {
      session.onEvent(event -> seen.add(event.type() + " " + subject(event)));
      session.claim(ResourceKind.CHANNEL, LEG);
      session.claim(ResourceKind.BRIDGE, BRIDGE);
      session.claim(ResourceKind.PLAYBACK, PLAYBACK);
      return never.future();
    }, () -> "id");
    router = new EventRouter(new AriEventDecoder(), calls, new Bridges());
    router.route(stasisStart(CALLER, List.of("support")));
  }

  private static String subject(AriEvent event) {
    if (event instanceof PlaybackStarted started) {
      return started.playback().id();
    }
    if (event instanceof Dial dial) {
      return dial.peer().id();
    }
    return event instanceof io.ariflow.model.event.HasChannel about ? about.channel().id() : "";
  }

  @Test
  void theLegsStasisStartGoesToItsCallInsteadOfStartingAnother() {
    router.route(stasisStart(LEG, List.of("ariflow:leg", CALLER)));

    assertEquals(1, calls.size());
    assertEquals(List.of("StasisStart " + LEG), seen);
  }

  @Test
  void anEventNamingSeveralObjectsOfTheCallArrivesOnce() {
    router.route(new Dial(APP, null, null, channel(CALLER, "Ring"), channel(LEG, "Up"), null, null, "x", "ANSWER"));
    router.route(new ChannelEnteredBridge(APP, null, null, bridge(BRIDGE), channel(LEG, "Up")));
    router.route(new PlaybackStarted(APP, null, null,
        new Playback(PLAYBACK, "sound:beep", null, "bridge:" + BRIDGE, "en", "playing")));

    assertEquals(List.of("Dial " + LEG, "ChannelEnteredBridge " + LEG, "PlaybackStarted " + PLAYBACK), seen);
  }

  @Test
  void aLegWhoseCallIsGoneIsHungUp() {
    router.route(stasisStart("orphan-leg", List.of("ariflow:leg", "an-ended-call")));

    assertEquals(1, calls.size());
    assertEquals(List.of("channels.hangup"), ari.operations());
  }

  @Test
  void onceTheCallEndsItsClaimsNoLongerRoute() {
    router.route(new StasisEnd(APP, null, null, channel(CALLER, "Up")));
    seen.clear();

    router.route(new ChannelDestroyed(APP, null, null, 16, "Normal Clearing", null, channel(LEG, "Up")));

    assertTrue(seen.isEmpty(), seen.toString());
    assertTrue(calls.owner(LEG).isEmpty());
  }
}
