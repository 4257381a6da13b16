package io.ariflow.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.model.event.AriEvent;
import io.ariflow.model.event.HasChannel;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.testing.Trace;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objects owned by something other than a call (here: the snoops of a supervision session, trace
 * snoop-spy-whisper): their StasisStart starts no call, every event about them reaches their owner, first.
 */
class ObjectOwnersTest {
  private static final String SNOOP = "1795332674.40";
  private static final String WHISPER = "whisper-1";

  private final FakeAri ari = new FakeAri();
  private final ObjectOwners objects = new ObjectOwners();
  private final List<String> heard = new ArrayList<>();
  private final Calls calls = new Calls(ari, call -> Promise.<Void>promise().future(), () -> "id");
  private final EventRouter router = new EventRouter(new AriEventDecoder(), calls, new Bridges(), objects);

  @Test
  void claimedSnoopsStartNoCallAndTheirOwnerHearsThemToTheEnd() {
    EventOwner session = event -> heard.add(event.type() + " " + channelOf(event));
    objects.claim(SNOOP, session);
    objects.claim(WHISPER, session);

    frames().forEach(router::onFrame);

    assertTrue(calls.get(SNOOP).isEmpty() && calls.get(WHISPER).isEmpty(), "snoops are not calls");
    assertEquals(List.of("StasisStart " + SNOOP, "ChannelEnteredBridge " + SNOOP, "ChannelVarset " + SNOOP,
        "ChannelHangupRequest " + SNOOP, "ChannelVarset " + SNOOP, "ChannelLeftBridge " + SNOOP, "StasisEnd " + SNOOP),
        heard.stream().filter(line -> line.endsWith(SNOOP)).toList());
    assertEquals("StasisEnd " + WHISPER, heard.get(heard.size() - 1));
    assertTrue(ari.operations().stream().noneMatch(op -> op.startsWith("channels.continue")),
        "no snoop was rescued as a call without a flow: " + ari.operations());
  }

  @Test
  void aReleasedIdIsNoLongerFollowedAndUnclaimedSnoopsWouldBeCalls() {
    EventOwner session = event -> heard.add(event.type());
    objects.claim(SNOOP, session);
    objects.release(SNOOP, session);

    frames().forEach(router::onFrame);

    assertEquals(List.of(), heard);
    assertEquals(0, objects.size());
  }

  private static String channelOf(AriEvent event) {
    return event instanceof HasChannel about && about.channel() != null ? about.channel().id() : "-";
  }

  private static List<String> frames() {
    Trace trace = Traces.load("snoop-spy-whisper");
    return trace.events().stream().map(TraceLine::event).map(Object::toString).toList();
  }
}
