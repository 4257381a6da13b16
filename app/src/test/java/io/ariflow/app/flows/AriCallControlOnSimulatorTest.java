package io.ariflow.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ariflow.app.ari.rest.AriRestOptions;
import io.ariflow.app.ari.rest.HttpAriRestClient;
import io.ariflow.flows.port.CallControlFailure;
import io.ariflow.flows.port.FailureKind;
import io.ariflow.flows.port.OutboundChannel;
import io.ariflow.model.json.AriJson;
import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The call-control adapter against the simulated Asterisk's real answers (status codes and bodies of the traces). */
class AriCallControlOnSimulatorTest {
  private static final String APP = "ariflow";
  private static final String USER = "ariflow";
  private static final String PASSWORD = "secret";

  private final Vertx vertx = Vertx.vertx();
  /** Held for the whole test: Vert.x closes a client nobody references, even mid-handshake. */
  private final WebSocketClient sockets = vertx.createWebSocketClient();
  private AriSimulator sim;
  private AriCallControl control;
  private String caller;

  @BeforeEach
  void callInStasis() {
    sim = Wait.result(AriSimulator.start(vertx, SimOptions.forTests().withCredentials(USER, PASSWORD)
        .withStasisApp(APP)));
    WebSocket events = Wait.result(sockets.connect(eventsSocket()));
    events.textMessageHandler(frame -> { });
    HttpAriRestClient rest = HttpAriRestClient.create(vertx,
        AriRestOptions.defaults("http://127.0.0.1:" + sim.port() + "/ari", USER, PASSWORD), AriJson.newMapper());
    caller = Wait.result(sim.placeCall("support"));
    control = new AriCallControl(rest, new FakeSession(caller, new ArrayList<>()), APP);
  }

  @AfterEach
  void close() {
    Wait.result(vertx.close());
  }

  @Test
  void aVariableThatIsNotSetReadsAsEmptyAndASetOneReadsBack() {
    assertEquals(Optional.empty(), Wait.result(control.getVar(caller, "NOT_SET_ANYWHERE")));

    Wait.result(control.setVar(caller, "TIER", "gold"));

    assertEquals(Optional.of("gold"), Wait.result(control.getVar(caller, "TIER")));
  }

  @Test
  void playingToALegThatIsNotUpIsNotAnswered() {
    Wait.result(control.createChannel(new OutboundChannel("leg-1", "Local/answer@answer-wait", caller, null,
        Map.of())));

    Throwable failure = Wait.failure(control.play("pb-1", "channel:leg-1", List.of("sound:hello-world"), null));

    assertTrue(CallControlFailure.is(failure, FailureKind.NOT_ANSWERED), failure.toString());
  }

  @Test
  void aChannelThatLeftStasisIsNotInStasisAndAHungUpOneIsGone() {
    Wait.result(control.answer(caller));
    Wait.result(control.continueInDialplan(caller, null, null, null));

    Throwable notOurs = Wait.failure(control.answer(caller));
    assertTrue(CallControlFailure.is(notOurs, FailureKind.NOT_IN_STASIS)
        || CallControlFailure.is(notOurs, FailureKind.GONE), notOurs.toString());

    Throwable gone = Wait.failure(control.getVar("no-such-channel", "X"));
    assertTrue(CallControlFailure.is(gone, FailureKind.GONE), gone.toString());
  }

  @Test
  void stoppingAPlaybackThatIsOverIsGone() {
    Wait.result(control.answer(caller));

    Throwable failure = Wait.failure(control.stopPlayback("never-started"));

    assertTrue(CallControlFailure.is(failure, FailureKind.GONE), failure.toString());
  }

  private WebSocketConnectOptions eventsSocket() {
    String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
    return new WebSocketConnectOptions().setHost("127.0.0.1").setPort(sim.port())
        .setURI("/ari/events?app=" + APP).addHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic);
  }
}
