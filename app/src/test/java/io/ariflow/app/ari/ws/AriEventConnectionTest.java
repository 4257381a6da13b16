package io.ariflow.app.ari.ws;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The events connection against a fake {@code /ari/events} (and a faulty TCP relay), on virtual time. */
@ExtendWith(VertxExtension.class)
class AriEventConnectionTest {
  static final String PASSWORD = "engine-secret";
  static final Duration PING = ofSeconds(10);
  static final Duration PONG = ofSeconds(5);
  /** 500 ms doubling to 30 s; with the fixed 0.5 draw and 20 % jitter every delay is 90 % of its ceiling. */
  static final ReconnectBackoff BACKOFF = new ReconnectBackoff(ofMillis(500), ofSeconds(30), 2.0, 0.2);
  static final Duration FIRST_RETRY = ofMillis(450);
  /** A privileged port nothing binds on loopback, so the TCP connect is refused (a probed free port can be reused). */
  static final int NOTHING_LISTENS = 1;

  final FakeScheduler scheduler = new FakeScheduler();
  final Probe probe = new Probe();
  final LogCapture logs = new LogCapture();

  @AfterEach
  void noLogLineEverContainsThePassword() {
    logs.close();
    assertTrue(logs.all().stream().noneMatch(line -> line.contains(PASSWORD)), "password leaked into the logs");
  }

  @Test
  void authenticatesWithABasicHeaderAndKeepsCredentialsOutOfTheUrl(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());

    FakeAriServer.Handshake handshake = server.nextHandshake();

    assertEquals("/ari/events?app=engine", handshake.uri());
    assertEquals("Basic ZW5naW5lOmVuZ2luZS1zZWNyZXQ=", handshake.authorization());
    assertEquals(ConnectionState.CONNECTED, probe.awaitState(ConnectionState.CONNECTED).state());
    assertEquals(1, probe.nextGeneration());
  }

  @Test
  void deliversEveryFrameUndecodedInArrivalOrder(Vertx vertx) throws Exception {
    List<String> burst = TraceFixtures.events("load-burst");
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());

    ServerWebSocket socket = server.nextSocket();
    burst.forEach(socket::writeTextMessage);

    assertEquals(burst, probe.takeFrames(burst.size()));
  }

  @Test
  void announcesEachGenerationBeforeItsFirstFrame(Vertx vertx) throws Exception {
    List<String> first = TraceFixtures.events("websocket-drop-and-reconnect").subList(0, 3);
    FakeAriServer server = FakeAriServer.start(vertx);
    server.greetWith(first);
    deploy(vertx, server.port());

    assertEquals(first, probe.takeFrames(3));
    assertEquals(List.of("CONNECTED", "connected 1", "frame", "frame", "frame"), probe.timeline());
  }

  @Test
  void reconnectsAfterTheServerClosesAndAnnouncesANewGeneration(Vertx vertx) throws Exception {
    List<String> events = TraceFixtures.events("websocket-drop-and-reconnect");
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());
    ServerWebSocket first = server.nextSocket();
    assertEquals(1, probe.nextGeneration());

    first.close();
    ConnectionStatus lost = probe.awaitState(ConnectionState.DEGRADED);
    scheduler.awaitPending(List.of(FIRST_RETRY)::equals);
    scheduler.advance(FIRST_RETRY);

    assertTrue(lost.lastFailure().orElseThrow().contains("code 1000"), lost.toString());
    assertEquals(1, lost.attempts());
    assertEquals(2, probe.nextGeneration());
    server.nextSocket().writeTextMessage(events.get(5));
    assertEquals(List.of(events.get(5)), probe.takeFrames(1));
  }

  @Test
  void reconnectsAfterATcpDropWithoutACloseFrame(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    TcpProxy network = TcpProxy.start(vertx, server.port());
    deploy(vertx, network.port());
    assertEquals(1, probe.nextGeneration());

    network.cutAll();
    ConnectionStatus lost = probe.awaitState(ConnectionState.DEGRADED);
    scheduler.awaitPending(List.of(FIRST_RETRY)::equals);
    scheduler.advance(FIRST_RETRY);

    assertTrue(lost.lastFailure().orElseThrow().contains("without a close frame"), lost.toString());
    assertEquals(2, probe.nextGeneration());
    assertEquals(ConnectionState.CONNECTED, probe.awaitState(ConnectionState.CONNECTED).state());
  }

  @Test
  void aPeerThatAnswersPingsStaysConnected(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());
    probe.awaitState(ConnectionState.CONNECTED);

    scheduler.advance(PING);

    scheduler.awaitPending(List.of(PING)::equals);
    assertEquals(ConnectionState.CONNECTED, connection.state());
  }

  @Test
  void aSilentPeerIsDetectedByTheMissingPongAndReconnected(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    TcpProxy network = TcpProxy.start(vertx, server.port());
    deploy(vertx, network.port());
    assertEquals(1, probe.nextGeneration());

    network.freezeAll();
    scheduler.advance(PING);
    scheduler.advance(PONG);
    ConnectionStatus dead = probe.awaitState(ConnectionState.DEGRADED);
    scheduler.advance(FIRST_RETRY);

    assertTrue(dead.lastFailure().orElseThrow().contains("no pong within 5000 ms"), dead.toString());
    assertEquals(2, probe.nextGeneration());
  }

  @Test
  void wrongCredentialsDegradeWithAClearReasonAndAreRetriedButLoggedOnce(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    server.refuseNext(401, 401, 401);
    deploy(vertx, server.port());

    ConnectionStatus refused = probe.awaitStatus(s -> s.attempts() == 1);
    retryAfter(ofMillis(450));
    probe.awaitStatus(s -> s.attempts() == 2);
    retryAfter(ofMillis(900));
    probe.awaitStatus(s -> s.attempts() == 3);
    retryAfter(ofMillis(1800));

    assertEquals(ConnectionState.DEGRADED, refused.state());
    assertTrue(refused.lastFailure().orElseThrow().contains("HTTP 401"), refused.toString());
    assertEquals(1, probe.nextGeneration());
    List<String> errors = logs.atLeast(Level.ERROR);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("credentials"), errors.get(0));
  }

  @Test
  void anAsteriskStillBootingIsRetriedUntilItAnswersWithOneWarningPerReason(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    server.refuseNext(404, 503, 503);
    deploy(vertx, server.port());

    ConnectionStatus notFound = probe.awaitStatus(s -> s.attempts() == 1);
    retryAfter(ofMillis(450));
    ConnectionStatus notBooted = probe.awaitStatus(s -> s.attempts() == 2);
    retryAfter(ofMillis(900));
    probe.awaitStatus(s -> s.attempts() == 3);
    retryAfter(ofMillis(1800));

    assertTrue(notFound.lastFailure().orElseThrow().contains("HTTP 404"), notFound.toString());
    assertTrue(notBooted.lastFailure().orElseThrow().contains("HTTP 503"), notBooted.toString());
    assertEquals(notFound.since(), notBooted.since());
    assertEquals(1, probe.nextGeneration());
    assertEquals(2, logs.atLeast(Level.WARN).stream().filter(line -> line.contains("cannot connect")).count());
  }

  @Test
  void aRefusedTcpConnectionIsReportedAndRetried(Vertx vertx) throws Exception {
    deploy(vertx, NOTHING_LISTENS);

    ConnectionStatus refused = probe.awaitState(ConnectionState.DEGRADED);

    assertTrue(refused.lastFailure().orElseThrow().contains("refused"), refused.toString());
    scheduler.awaitPending(List.of(FIRST_RETRY)::equals);
  }

  @Test
  void aHandshakeThatIsNeverAnsweredTimesOutAndIsRetried(Vertx vertx) throws Exception {
    var silent = vertx.createNetServer().connectHandler(socket -> { });
    silent.listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
    deploy(vertx, options(silent.actualPort(), ofMillis(200)));

    ConnectionStatus timedOut = probe.awaitState(ConnectionState.DEGRADED);

    assertTrue(timedOut.lastFailure().orElseThrow().contains("within 200 ms"), timedOut.toString());
    scheduler.awaitPending(List.of(FIRST_RETRY)::equals);
  }

  @Test
  void theHandshakeTimeoutDoesNotCutAnEstablishedIdleConnection(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, options(server.port(), ofMillis(100)));
    probe.awaitState(ConnectionState.CONNECTED);

    assertTrue(probe.noStatusWithin(ofSeconds(1)), "the idle connection changed state: " + connection.status());
  }

  @Test
  void applicationReplacedStopsEventsLoudlyAndDoesNotFightForTheApp(Vertx vertx) throws Exception {
    List<String> untilReplaced = untilApplicationReplaced(TraceFixtures.events("application-replaced"));
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());
    ServerWebSocket socket = server.nextSocket();
    CompletableFuture<Void> closedByUs = new CompletableFuture<>();
    socket.closeHandler(ignored -> closedByUs.complete(null));

    untilReplaced.forEach(socket::writeTextMessage);
    ConnectionStatus replaced = probe.awaitState(ConnectionState.REPLACED);

    assertEquals(untilReplaced, probe.takeFrames(untilReplaced.size()));
    assertTrue(replaced.lastFailure().orElseThrow().contains("another ARI client connected with app=engine"));
    assertEquals(List.of(), scheduler.pending(), "no retry, no ping: nothing may reconnect");
    closedByUs.get(10, TimeUnit.SECONDS);
    assertEquals(List.of("another ARI client connected with app=engine; ariflow stops receiving events for engine; "
        + "stop the other client or use a different app name, then restart ariflow"), logs.atLeast(Level.ERROR));
    assertEquals(1, server.handshakesSeen());
  }

  @Test
  void reclaimTakesTheApplicationBackWithANewGeneration(Vertx vertx) throws Exception {
    List<String> untilReplaced = untilApplicationReplaced(TraceFixtures.events("application-replaced"));
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());
    assertEquals(1, probe.nextGeneration());
    untilReplaced.forEach(server.nextSocket()::writeTextMessage);
    probe.awaitState(ConnectionState.REPLACED);

    connection.reclaim().await(10, TimeUnit.SECONDS);

    assertEquals(0, probe.awaitState(ConnectionState.CONNECTING).attempts());
    assertEquals(2, probe.nextGeneration());
    assertEquals(ConnectionState.CONNECTED, connection.state());
  }

  @Test
  void reclaimIsRefusedUnlessTheAppWasReplaced(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());
    probe.awaitState(ConnectionState.CONNECTED);

    Throwable refusal = connection.reclaim().toCompletionStage().toCompletableFuture()
        .handle((ok, error) -> error).get(10, TimeUnit.SECONDS);

    assertTrue(refusal instanceof IllegalStateException && refusal.getMessage().contains("CONNECTED, not REPLACED"),
        String.valueOf(refusal));
  }

  @Test
  void undeployingClosesTheSocketAndCancelsEveryTimer(Vertx vertx) throws Exception {
    FakeAriServer server = FakeAriServer.start(vertx);
    deploy(vertx, server.port());
    ServerWebSocket socket = server.nextSocket();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    socket.closeHandler(ignored -> closed.complete(null));
    probe.awaitState(ConnectionState.CONNECTED);

    vertx.undeploy(connection.deploymentID()).await(10, TimeUnit.SECONDS);

    closed.get(10, TimeUnit.SECONDS);
    assertEquals(ConnectionState.STOPPED, connection.state());
    assertEquals(List.of(), scheduler.pending());
  }

  private AriEventConnection connection;

  private void deploy(Vertx vertx, int port) throws Exception {
    deploy(vertx, options(port, ofSeconds(5)));
  }

  private void deploy(Vertx vertx, AriEventOptions options) throws Exception {
    connection = new AriEventConnection(options, probe.handlers(), scheduler, new FixedRandom(0.5));
    vertx.deployVerticle(connection).await(10, TimeUnit.SECONDS);
  }

  private static AriEventOptions options(int port, Duration handshakeTimeout) {
    return new AriEventOptions(URI.create("http://127.0.0.1:" + port), "engine", PASSWORD, "engine", false, PING,
        PONG, handshakeTimeout, BACKOFF);
  }

  private void retryAfter(Duration expected) throws Exception {
    scheduler.awaitPending(List.of(expected)::equals);
    scheduler.advance(expected);
  }

  private static List<String> untilApplicationReplaced(List<String> events) {
    int replaced = events.indexOf(events.stream().filter(ApplicationReplacedFrame::matches).findFirst().orElseThrow());
    return events.subList(0, replaced + 1);
  }
}
