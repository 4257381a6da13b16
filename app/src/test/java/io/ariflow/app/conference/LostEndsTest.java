package io.ariflow.app.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.ari.rest.AriExchange;
import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.engine.EventOwner;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.engine.ResourceKind;
import io.ariflow.app.engine.StandInEvents;
import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.BridgeDestroyed;
import io.ariflow.model.event.ChannelDestroyed;
import io.ariflow.model.event.PlaybackFinished;
import io.ariflow.model.event.StasisEnd;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.request.AriRequest;
import io.ariflow.model.resource.Channel;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What an owner is told after a reconnect, judged against Asterisk's channels and bridges: the end events of what
 * vanished, the answer of a dialled channel found up, nothing for what is still there or was claimed since.
 */
class LostEndsTest {

  private final List<String> told = new ArrayList<>();
  private final EventOwner owner = event -> told.add(describe(event));
  private final OwnedIds owned = new OwnedIds(new ObjectOwners(), owner);

  /** Playbacks are gone (404), live recordings still run. */
  private final AriRestClient rest = new AriRestClient() {
    @Override
    public <R> Future<R> send(AriRequest<R> request) {
      if (request.operation().equals("playbacks.get")) {
        return Future.failedFuture(new Gone(AriExchange.unanswered(request.operation(), request.method(),
            request.path()).answered(404, "{\"message\":\"Playback not found\"}")));
      }
      return Future.succeededFuture();
    }
  };

  @Test
  void vanishedObjectsGetTheirEndEventsAndADialledChannelFoundUpIsAnswered() {
    owned.claim("room", "member-gone", ResourceKind.CHANNEL);
    owned.claim("room", "member-here", ResourceKind.CHANNEL);
    owned.claim("room", "dialled-up", ResourceKind.CHANNEL);
    owned.claim("room", "dialled-gone", ResourceKind.CHANNEL);
    owned.claim("room", "bridge-gone", ResourceKind.BRIDGE);
    owned.claim("room", "bridge-here", ResourceKind.BRIDGE);
    owned.claim("room", "playback", ResourceKind.PLAYBACK);
    owned.claim("room", "recording", ResourceKind.RECORDING);
    Set<String> ringing = Set.of("dialled-up", "dialled-gone");
    Consumer<AriPicture> check = new LostEnds(rest, new StandInEvents("ariflow", null))
        .watch(owned, owner, ringing::contains);
    owned.claim("room", "claimed-since", ResourceKind.CHANNEL);

    check.accept(new AriPicture(Map.of("member-here", channel("member-here", "Up"),
        "dialled-up", channel("dialled-up", "Up")), Set.of("bridge-here")));

    assertEquals(Set.of("StasisEnd member-gone", "ChannelDestroyed member-gone", "StasisStart dialled-up",
        "ChannelDestroyed dialled-gone", "BridgeDestroyed bridge-gone", "PlaybackFinished playback"),
        Set.copyOf(told));
    assertEquals(6, told.size(), told.toString());
    assertTrue(told.indexOf("StasisEnd member-gone") < told.indexOf("ChannelDestroyed member-gone"),
        "a channel leaves Stasis before it is destroyed");
  }

  @Test
  void anIdLetGoBeforeThePictureArrivesIsNotJudged() {
    owned.claim("session", "agent", ResourceKind.CHANNEL);
    Consumer<AriPicture> check = new LostEnds(rest, new StandInEvents("ariflow", null))
        .watch(owned, owner, id -> false);
    owned.release("session", "agent");

    check.accept(new AriPicture(Map.of(), Set.of()));

    assertEquals(List.of(), told);
  }

  private static Channel channel(String id, String state) {
    return new Channel(id, null, "PJSIP/" + id, state, null, null, null, null, null, null, null, null, null);
  }

  private static String describe(AriEvent event) {
    if (event instanceof StasisEnd end) {
      return "StasisEnd " + end.channel().id();
    }
    if (event instanceof StasisStart start) {
      return "StasisStart " + start.channel().id();
    }
    if (event instanceof ChannelDestroyed destroyed) {
      return "ChannelDestroyed " + destroyed.channel().id();
    }
    if (event instanceof BridgeDestroyed destroyed) {
      return "BridgeDestroyed " + destroyed.bridge().id();
    }
    if (event instanceof PlaybackFinished finished) {
      return "PlaybackFinished " + finished.playback().id();
    }
    return event.type();
  }
}
