package io.ariflow.app.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ariflow.app.Launcher;
import io.ariflow.app.ari.ws.ConnectionState;
import io.ariflow.app.config.AriflowConfig;
import io.ariflow.app.config.ConfigLoader;
import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.SimOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole engine (REST client, events connection, engine, reconciliation) against the simulated
 * Asterisk, through the faults the traces recorded: a dropped WebSocket, an Asterisk restart, another
 * client taking the application, channels left over from an earlier run.
 */
class EngineOnSimulatorTest {
  private static final String APP = "ariflow";
  private static final String USER = "ariflow";
  private static final String PASSWORD = "secret";

  private Vertx vertx;
  /** Held for the whole test: Vert.x closes a client nobody references, even mid-handshake. */
  private WebSocketClient sockets;
  private AriSimulator sim;
  private Launcher.Running engine;

  @BeforeEach
  void startSimulator() {
    vertx = Vertx.vertx();
    sockets = vertx.createWebSocketClient();
    sim = Await.result(AriSimulator.start(vertx,
        SimOptions.forTests().withCredentials(USER, PASSWORD).withStasisApp(APP)));
  }

  @AfterEach
  void stopAll() {
    if (engine != null) {
      Await.result(engine.close());
    }
    Await.result(vertx.close());
  }

  private void startEngine(String policy) {
    AriflowConfig config = ConfigLoader.fromYaml("""
        ari:
          url: http://127.0.0.1:%d
          user: %s
          password: %s
          app: %s
          pingInterval: 1s
          pongTimeout: 1s
        engine:
          lostChannelPolicy: %s
        http:
          port: 0
        """.formatted(sim.port(), USER, PASSWORD, APP, policy), Map.of());
    engine = Await.result(Launcher.start(config));
    Await.until("the engine is connected", () -> engine.connection().state() == ConnectionState.CONNECTED);
  }

  private JsonArray channels() {
    return Await.result(sim.channels());
  }

  private String channelState(String id) {
    return Await.result(sim.channel(id)).getString("state");
  }

  private int engineCalls() {
    return Await.result(engine.engine().stats()).calls();
  }

  /** Moves the simulator's virtual clock on; always true, so it can lead a polled condition. */
  private boolean advancedOneSecond() {
    Await.result(sim.advance(Duration.ofSeconds(1)));
    return true;
  }

  private String callAndWaitUntilAnswered() {
    String id = Await.result(sim.placeCall(InboundCall.to("support-line")));
    Await.until("the engine answered", () -> "Up".equals(channelState(id)));
    return id;
  }

  @Test
  void aCallIsAnsweredGreetedAndHungUp() {
    startEngine("continue");

    callAndWaitUntilAnswered();

    Await.until("the greeting played and the caller is hung up", () -> advancedOneSecond() && channels().isEmpty());
    Await.until("the engine forgot the call", () -> engineCalls() == 0);
  }

  @Test
  void aPromptThatEndsWhileTheSocketIsDownIsReconciledAndTheCallFinishes() {
    startEngine("continue");
    callAndWaitUntilAnswered();

    Await.result(sim.faults().dropWebSockets());
    Await.result(sim.advance(Duration.ofSeconds(5)));

    Await.until("the engine reconnected", () -> engine.connection().status().generation() >= 2);
    Await.until("the reconciled call was hung up", () -> advancedOneSecond() && channels().isEmpty());
    Await.until("the engine forgot the call", () -> engineCalls() == 0);
  }

  @Test
  void afterAnAsteriskRestartNoCallIsLeftOwned() {
    startEngine("continue");
    callAndWaitUntilAnswered();

    sim.faults().restart();

    Await.until("the engine reconnected to the new Asterisk",
        () -> advancedOneSecond() && engine.connection().status().generation() >= 2
            && engine.connection().state() == ConnectionState.CONNECTED);
    Await.until("the engine forgot the call that died with Asterisk", () -> engineCalls() == 0);
  }

  @Test
  void anotherClientTakingTheApplicationIsNotFoughtFor() {
    startEngine("continue");

    WebSocket intruder = Await.result(sockets.connect(eventsSocket()));
    Await.until("the engine saw ApplicationReplaced", () -> engine.connection().state() == ConnectionState.REPLACED);
    Await.result(sim.placeCall(InboundCall.to("support-line")));

    assertEquals(ConnectionState.REPLACED, engine.connection().state());
    assertEquals(1, engine.connection().status().generation(), "no reconnect attempt was made");
    assertEquals(0, engineCalls(), "the intruder's calls are not ours");
    Await.result(intruder.close());
  }

  @Test
  void aChannelLeftInStasisByAnEarlierRunGoesBackToTheDialplan() {
    WebSocket earlierRun = Await.result(sockets.connect(eventsSocket()));
    String leftover = Await.result(sim.placeCall(InboundCall.to("support-line")));
    Await.result(earlierRun.close());
    assertEquals(1, channels().size());

    startEngine("continue");

    Await.until("the leftover left Stasis and the dialplan hung it up", () -> channels().isEmpty());
    assertEquals(0, engineCalls(), leftover + " is not adopted as a new call");
  }

  @Test
  void theHangupPolicyHangsLeftoversUp() {
    WebSocket earlierRun = Await.result(sockets.connect(eventsSocket()));
    Await.result(sim.placeCall(InboundCall.to("support-line")));
    Await.result(earlierRun.close());

    startEngine("hangup");

    Await.until("the leftover was hung up", () -> channels().isEmpty());
  }

  private WebSocketConnectOptions eventsSocket() {
    String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
    return new WebSocketConnectOptions().setHost("127.0.0.1").setPort(sim.port())
        .setURI("/ari/events?app=" + APP).addHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic);
  }
}
