package io.ariflow.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ariflow.app.config.LostChannelPolicy;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.json.AriJson;
import io.ariflow.model.resource.Application;
import io.ariflow.model.resource.Channel;
import io.ariflow.model.testing.Trace;
import io.ariflow.model.testing.TraceLine;
import io.ariflow.model.testing.Traces;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation after a reconnect, on the websocket-drop-and-reconnect trace: the prompt finished
 * while the socket was down and its PlaybackFinished was never delivered.
 */
class ReconcilerTest {
  private static final ObjectMapper JSON = AriJson.newMapper();
  private static final String CALLER = "1795332712.60";
  private static final String LOST_PLAYBACK = "c07a48d7-4aa8-4a89-9edc-06fcb1cd02bb";

  private final Trace trace = Traces.load("websocket-drop-and-reconnect");
  private final FakeAri ari = new FakeAri();
  private Calls calls;
  private EventRouter router;
  private Reconciler reconciler;

  private void engine(LostChannelPolicy policy) {
    calls = new Calls(ari, GreetingHandler.helloWorld(), () -> LOST_PLAYBACK);
    Bridges bridges = new Bridges();
    router = new EventRouter(new AriEventDecoder(), calls, bridges);
    reconciler = new Reconciler(ari, "engine", calls, bridges, router, policy);
    ari.respond("bridges.list", List.of());
  }

  private JsonNode responseAt(int seq) {
    return trace.lines().stream().filter(l -> l.seq() == seq).findFirst().orElseThrow().line().get("body");
  }

  private Application application(List<String> channelIds) {
    ObjectNode node = responseAt(30).deepCopy();
    node.set("channel_ids", JSON.valueToTree(channelIds));
    return JSON.convertValue(node, Application.class);
  }

  private List<Channel> channels() {
    return JSON.convertValue(responseAt(28), new TypeReference<List<Channel>>() {});
  }

  private void eventsBeforeTheDrop() {
    trace.events().stream().filter(l -> l.seq() <= 11).map(TraceLine::event).map(Object::toString)
        .forEach(router::onFrame);
  }

  @Test
  void aPlaybackThatEndedWhileDisconnectedIsCompletedAndTheCallGoesOn() {
    engine(LostChannelPolicy.CONTINUE);
    eventsBeforeTheDrop();
    ari.respond("applications.get", application(List.of(CALLER)))
        .respond("channels.list", channels())
        .answer("playbacks.get", FakeAri::goneFor);

    Reconciler.Report report = reconciler.reconcile(2).result();

    assertEquals(1, report.resynced());
    assertEquals(List.of("channels.answer", "channels.playWithId", "applications.get", "channels.list",
        "bridges.list", "playbacks.get", "channels.hangup"), ari.operations());
  }

  @Test
  void aPlaybackStillPlayingKeepsTheCallWaiting() {
    engine(LostChannelPolicy.CONTINUE);
    eventsBeforeTheDrop();
    ari.respond("applications.get", application(List.of(CALLER)))
        .respond("channels.list", channels())
        .respond("playbacks.get", responseAt(20));

    reconciler.reconcile(2);

    assertEquals("playbacks.get", ari.operations().get(ari.operations().size() - 1));
    assertTrue(calls.get(CALLER).orElseThrow().waiters().pending().contains(LOST_PLAYBACK));
  }

  @Test
  void aCallThatHungUpWhileDisconnectedIsClosed() {
    engine(LostChannelPolicy.CONTINUE);
    eventsBeforeTheDrop();
    ari.respond("applications.get", application(List.of())).respond("channels.list", List.of());

    Reconciler.Report report = reconciler.reconcile(2).result();

    assertEquals(1, report.vanished());
    assertEquals(0, calls.size());
    assertEquals(List.of("channels.answer", "channels.playWithId", "applications.get", "channels.list",
        "bridges.list"), ari.operations(), "no rescue is attempted for a channel that is gone");
  }

  @Test
  void aChannelLeftOverFromAnEarlierRunIsSentBackToTheDialplan() {
    engine(LostChannelPolicy.CONTINUE);
    ari.respond("applications.get", application(List.of(CALLER))).respond("channels.list", channels());

    Reconciler.Report report = reconciler.reconcile(1).result();

    assertEquals(1, report.lost());
    assertEquals(List.of("applications.get", "channels.list", "bridges.list", "channels.continueInDialplan"),
        ari.operations());
  }

  @Test
  void aCallWhoseStasisStartOvertakesTheSnapshotIsNotTakenForALeftover() {
    calls = new Calls(ari, GreetingHandler.helloWorld(), () -> LOST_PLAYBACK);
    Bridges bridges = new Bridges();
    router = new EventRouter(new AriEventDecoder(), calls, bridges);
    String stasisStart = trace.events().get(0).event().toString();
    Reconciler.Grace stasisStartLandsDuringTheGrace = () -> {
      router.onFrame(stasisStart);
      return io.vertx.core.Future.succeededFuture();
    };
    reconciler = new Reconciler(ari, "engine", calls, bridges, router, LostChannelPolicy.HANGUP,
        new ObjectOwners(), stasisStartLandsDuringTheGrace);
    ari.respond("bridges.list", List.of())
        .respond("applications.get", application(List.of(CALLER))).respond("channels.list", channels());

    Reconciler.Report report = reconciler.reconcile(1).result();

    assertEquals(0, report.lost(), "the new call is handled, not hung up");
    assertEquals(List.of("applications.get", "channels.list", "bridges.list", "channels.answer"),
        ari.operations().subList(0, 4));
  }

  @Test
  void theHangupPolicyHangsLeftoversUp() {
    engine(LostChannelPolicy.HANGUP);
    ari.respond("applications.get", application(List.of(CALLER))).respond("channels.list", channels());

    reconciler.reconcile(1);

    assertEquals("channels.hangup", ari.operations().get(3));
  }

  @Test
  void aChannelThatEnteredStasisDuringTheGapIsHandledAsANewCall() {
    engine(LostChannelPolicy.HANGUP);
    router.onFrame("{\"type\":\"ChannelVarset\",\"variable\":\"X\",\"value\":\"1\","
        + "\"timestamp\":\"2026-11-22T07:31:50.000+0000\",\"application\":\"engine\"}");
    ari.respond("applications.get", application(List.of(CALLER))).respond("channels.list", channels());

    Reconciler.Report report = reconciler.reconcile(2).result();

    assertEquals(1, report.adopted());
    assertEquals(List.of("2000"), calls.get(CALLER).orElseThrow().args().flowId().stream().toList());
    assertEquals("channels.answer", ari.operations().get(3), "the greeting starts on the adopted call");
  }

  @Test
  void aLegLeftOverFromAnEarlierRunIsHungUpWhateverThePolicy() {
    engine(LostChannelPolicy.CONTINUE);
    List<Channel> channels = channels().stream().map(ReconcilerTest::asLeftOverLeg).toList();
    ari.respond("applications.get", application(List.of(CALLER))).respond("channels.list", channels);

    Reconciler.Report report = reconciler.reconcile(1).result();

    assertEquals(1, report.lost());
    assertEquals("channels.hangup", ari.operations().get(3), "a leg never goes back to a dialplan");
  }

  private static Channel asLeftOverLeg(Channel channel) {
    ObjectNode node = JSON.valueToTree(channel);
    ((ObjectNode) node.get("dialplan")).put("app_name", "Stasis").put("app_data", "engine,ariflow:leg,gone-call");
    return JSON.convertValue(node, Channel.class);
  }
}
