package io.ariflow.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.request.channels.ChannelsPlayWithId;
import io.ariflow.model.testing.Trace;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine's handling of one call, driven by event frames recorded from a real Asterisk 22. */
class CallHandlingTest {
  private static final String CALLER = "1795332634.13";
  private static final String RECORDED_PLAYBACK = "a062bb28-01cb-47e0-a6cf-acda4481efac";

  private final FakeAri ari = new FakeAri();
  private Calls calls;
  private EventRouter router;

  private void engineWith(CallHandler handler) {
    calls = new Calls(ari, handler, () -> RECORDED_PLAYBACK);
    router = new EventRouter(new AriEventDecoder(), calls, new Bridges());
  }

  private static List<String> frames(String scenario) {
    Trace trace = Traces.load(scenario);
    return trace.events().stream().map(TraceLine::event).map(Object::toString).toList();
  }

  @Test
  void aCallerHangingUpMidPromptEndsTheCallWithoutRescueAttempts() {
    engineWith(GreetingHandler.helloWorld());
    ari.gone("channels.hangup");

    frames("hangup-during-playback").forEach(router::onFrame);

    assertEquals(List.of("channels.answer", "channels.playWithId", "channels.hangup"), ari.operations());
    assertEquals(0, calls.size(), "the call is forgotten after StasisEnd");
  }

  @Test
  void thePlaybackIdIsOursAndRegisteredBeforeThePlayCommand() {
    engineWith(GreetingHandler.helloWorld());

    router.onFrame(frames("hangup-during-playback").get(0));

    ChannelsPlayWithId play = (ChannelsPlayWithId) ari.sent().get(1);
    assertEquals(RECORDED_PLAYBACK, play.playbackId());
    assertEquals(CALLER, play.channelId());
    assertTrue(calls.get(CALLER).orElseThrow().waiters().pending().contains(RECORDED_PLAYBACK));
  }

  @Test
  void aFailingHandlerSendsTheChannelBackToTheDialplan() {
    engineWith(call -> Future.failedFuture(new IllegalStateException("flow bug")));

    router.onFrame(frames("hangup-during-playback").get(0));

    assertEquals(List.of("channels.continueInDialplan"), ari.operations());
  }

  @Test
  void aHandlerThatThrowsIsRescuedToo() {
    engineWith(call -> {
      throw new IllegalStateException("flow bug");
    });

    router.onFrame(frames("hangup-during-playback").get(0));

    assertEquals(List.of("channels.continueInDialplan"), ari.operations());
  }

  @Test
  void aHandlerThatReturnsWhileTheChannelIsStillOursDoesNotLeaveDeadAir() {
    engineWith(call -> call.answer());

    router.onFrame(frames("hangup-during-playback").get(0));

    assertEquals(List.of("channels.answer", "channels.continueInDialplan"), ari.operations());
  }

  @Test
  void whenContinueIsRefusedTheChannelIsHungUp() {
    engineWith(call -> Future.failedFuture(new IllegalStateException("flow bug")));
    ari.answer("channels.continueInDialplan", r -> Future.failedFuture(new IllegalStateException("500")));

    router.onFrame(frames("hangup-during-playback").get(0));

    assertEquals(List.of("channels.continueInDialplan", "channels.hangup"), ari.operations());
  }

  @Test
  void anUndecodableFrameIsSkippedAndTheNextCallIsHandled() {
    AtomicInteger handled = new AtomicInteger();
    engineWith(call -> {
      handled.incrementAndGet();
      return call.hangup("normal");
    });

    router.onFrame("{\"type\": \"StasisStart\", \"channel\": 42");
    router.onFrame("not json at all");
    router.onFrame(frames("hangup-during-playback").get(0));

    assertEquals(2, router.undecodable());
    assertEquals(1, handled.get());
    assertEquals(List.of("channels.hangup"), ari.operations(), "a released channel is not rescued");
  }

  @Test
  void aFailureInOneCallDoesNotTouchAnother() {
    engineWith(call -> CALLER.equals(call.callId())
        ? Future.failedFuture(new IllegalStateException("only this one"))
        : io.vertx.core.Promise.<Void>promise().future());
    List<String> loadFrames = frames("load-burst").stream().filter(f -> f.contains("\"StasisStart\"")).toList();

    router.onFrame(frames("hangup-during-playback").get(0));
    loadFrames.forEach(router::onFrame);

    assertEquals(1 + loadFrames.size(), calls.size());
    assertEquals(List.of("channels.continueInDialplan"), ari.operations());
  }
}
