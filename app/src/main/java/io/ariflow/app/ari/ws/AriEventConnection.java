package io.ariflow.app.ari.ws;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the ARI events WebSocket ({@code /ari/events?app=...}) for ever: Basic authentication in a header,
 * pings to detect dead connections (Asterisk restarts drop TCP without a close frame), and reconnects with
 * capped, jittered exponential backoff after any loss or refused handshake.
 *
 * <p>Asterisk does not replay events missed while no socket was open (a playback that finished, DTMF
 * pressed during the gap are simply gone), so every successful handshake increments a generation and calls
 * {@link AriEventHandlers#connected()}: the engine then reconciles from {@code GET /channels} and
 * {@code GET /bridges}. Frames are passed undecoded, in arrival order, to {@link AriEventHandlers#frames()}.
 *
 * <p>When another client opens the same app, Asterisk sends {@code ApplicationReplaced} and then nothing:
 * the connection goes REPLACED and deliberately does not reconnect (two engines would steal the app from each
 * other in a loop) until {@link #reclaim()}. All state lives on this verticle's event loop;
 * {@link #status()} is a snapshot readable from any thread.
 */
public final class AriEventConnection extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(AriEventConnection.class);

  private final AriEventOptions options;
  private final AriEventHandlers handlers;
  private final Scheduler scheduler;
  private final RandomGenerator random;
  private final ConnectionTracker tracker;
  private final FailureLog failureLog;
  private WebSocketClient client;
  private EventSocket current;
  private long retryTimer = Scheduler.NO_TIMER;

  /** Full control over time and randomness, for tests and for sharing a scheduler. */
  public AriEventConnection(
      AriEventOptions options, AriEventHandlers handlers, Scheduler scheduler, RandomGenerator random) {
    this.options = options;
    this.handlers = handlers;
    this.scheduler = scheduler;
    this.random = random;
    this.tracker = new ConnectionTracker(scheduler.now(), handlers::announceStatus);
    this.failureLog = new FailureLog(LOG, options.app());
  }

  /** The production connection: Vert.x timers, the UTC system clock and the default random generator. */
  public static AriEventConnection create(Vertx vertx, AriEventOptions options, AriEventHandlers handlers) {
    return new AriEventConnection(
        options, handlers, new VertxScheduler(vertx, Clock.systemUTC()), RandomGenerator.getDefault());
  }

  /** The current status snapshot; safe from any thread. */
  public ConnectionStatus status() {
    return tracker.status();
  }

  /** Shortcut for {@code status().state()}. */
  public ConnectionState state() {
    return status().state();
  }

  /** Starts connecting and completes at once: an unreachable Asterisk is retried, not a deployment failure. */
  @Override
  public Future<?> start() {
    client = vertx.createWebSocketClient(EventsEndpoint.clientOptions());
    LOG.info("ARI events [app={}]: connecting to {} as user {}", options.app(), EventsEndpoint.describe(options),
        options.user());
    connect();
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    scheduler.cancel(retryTimer);
    discardCurrent();
    tracker.apply(ConnectionInput.STOP, scheduler.now(), Optional.empty());
    LOG.info("ARI events [app={}]: stopped", options.app());
    return client.close();
  }

  /**
   * Takes the application back after {@link ConnectionState#REPLACED}: reconnects, which in turn sends
   * ApplicationReplaced to the other client. Fails unless the connection is REPLACED.
   */
  public Future<Void> reclaim() {
    if (context == null) {
      return Future.failedFuture(new IllegalStateException("reclaim: the events connection is not deployed"));
    }
    Promise<Void> done = Promise.promise();
    context.runOnContext(ignored -> reclaimOnContext().onComplete(done));
    return done.future();
  }

  private Future<Void> reclaimOnContext() {
    ConnectionState state = state();
    if (state != ConnectionState.REPLACED) {
      return Future.failedFuture(
          new IllegalStateException("reclaim: the events connection is " + state + ", not REPLACED"));
    }
    LOG.warn("ARI events [app={}]: reclaiming the application; the other client will receive ApplicationReplaced",
        options.app());
    tracker.apply(ConnectionInput.RECLAIM, scheduler.now(), Optional.empty());
    connect();
    return Future.succeededFuture();
  }

  private void connect() {
    retryTimer = Scheduler.NO_TIMER;
    ClientWebSocket ws = client.webSocket();
    EventSocket socket = new EventSocket(ws);
    current = socket;
    ws.textMessageHandler(text -> onText(socket, text))
        .pongHandler(data -> socket.alive())
        .exceptionHandler(error -> LOG.debug("ARI events: socket error: {}", error.toString()))
        .closeHandler(ignored -> onClosed(socket));
    ws.connect(EventsEndpoint.connectOptions(options))
        .onSuccess(opened -> onOpened(socket))
        .onFailure(error -> onAttemptFailed(socket, ConnectFailure.of(error, options)));
  }

  /** Idempotent: the first frame can be dispatched before the handshake future's callbacks run. */
  private void onOpened(EventSocket socket) {
    if (socket != current) {
      socket.closeLateOpened();
      return;
    }
    if (socket.opened()) {
      return;
    }
    socket.open(new PingMonitor(scheduler, options.pingInterval(), options.pongTimeout(), socket::ping,
        () -> onConnectionLost(socket, ConnectFailure.noPong(options.pongTimeout()))));
    failureLog.connected();
    long failedBefore = status().attempts();
    ConnectionStatus status = tracker.apply(ConnectionInput.HANDSHAKE_SUCCEEDED, scheduler.now(), Optional.empty());
    LOG.info("ARI events [app={}]: connected (generation {}, after {} failed attempts)", options.app(),
        status.generation(), failedBefore);
    handlers.announceConnected(status.generation());
  }

  private void onText(EventSocket socket, String text) {
    if (socket != current) {
      return;
    }
    onOpened(socket);
    socket.alive();
    handlers.deliver(text);
    if (ApplicationReplacedFrame.matches(text)) {
      onReplaced();
    }
  }

  private void onReplaced() {
    LOG.error("another ARI client connected with app={}; ariflow stops receiving events for {}; stop the other "
        + "client or use a different app name, then restart ariflow", options.app(), options.app());
    discardCurrent();
    tracker.apply(ConnectionInput.APPLICATION_REPLACED, scheduler.now(),
        Optional.of("another ARI client connected with app=" + options.app()));
  }

  private void onClosed(EventSocket socket) {
    ConnectFailure failure = ConnectFailure.closed(socket.ws().closeStatusCode(), socket.ws().closeReason());
    if (socket.opened()) {
      onConnectionLost(socket, failure);
    } else {
      onAttemptFailed(socket, failure);
    }
  }

  private void onConnectionLost(EventSocket socket, ConnectFailure failure) {
    if (socket != current) {
      return;
    }
    discardCurrent();
    ConnectionStatus status =
        tracker.apply(ConnectionInput.CONNECTION_LOST, scheduler.now(), Optional.of(failure.reason()));
    Duration delay = scheduleRetry(status.attempts());
    LOG.warn("ARI events [app={}]: connection lost: {}; events until the reconnect are lost (Asterisk does not "
        + "replay them); reconnecting in {} ms", options.app(), failure.reason(), delay.toMillis());
  }

  private void onAttemptFailed(EventSocket socket, ConnectFailure failure) {
    if (socket != current) {
      return;
    }
    current = null;
    ConnectionStatus status =
        tracker.apply(ConnectionInput.HANDSHAKE_FAILED, scheduler.now(), Optional.of(failure.reason()));
    failureLog.attemptFailed(failure, status.attempts(), scheduleRetry(status.attempts()));
  }

  private Duration scheduleRetry(long attempt) {
    Duration delay = options.backoff().delay(attempt, random);
    retryTimer = scheduler.schedule(delay, this::connect);
    return delay;
  }

  private void discardCurrent() {
    if (current != null) {
      current.discard();
      current = null;
    }
  }
}
