package io.ariflow.sim;

import io.ariflow.sim.clock.SimClock;
import io.ariflow.sim.core.Party;
import io.ariflow.sim.core.SimCore;
import io.ariflow.sim.http.SimServer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A simulated Asterisk 22 speaking ARI on {@code http://host:port/ari}: the engine's test double, the
 * embedded default of {@code ariflow run}, and the load target. Besides serving ARI it offers a control
 * API that plays the far side of calls (what sipp does against a real Asterisk) and injects faults. Every
 * method may be called from any thread; work runs on the simulator's own event-loop context.
 */
public final class AriSimulator {

  private final Vertx vertx;
  private final SimServer server;
  private final String deploymentId;
  private final SimOptions options;
  private final SimFaults faults;

  private AriSimulator(Vertx vertx, SimServer server, String deploymentId, SimOptions options) {
    this.vertx = vertx;
    this.server = server;
    this.deploymentId = deploymentId;
    this.options = options;
    this.faults = new SimFaults(server);
  }

  /** Deploys the simulator and binds HTTP; {@code options.port() == 0} picks a free port. */
  public static Future<AriSimulator> start(Vertx vertx, SimOptions options) {
    SimServer server = new SimServer(options);
    return vertx.deployVerticle(server).map(id -> new AriSimulator(vertx, server, id, options));
  }

  public int port() {
    return server.port();
  }

  /** e.g. {@code http://127.0.0.1:8088/ari} */
  public String baseUrl() {
    return "http://" + options.host() + ":" + port() + "/ari";
  }

  /** The events WebSocket URL for {@code app}, with api_key credentials. */
  public String eventsUrl(String app) {
    return "ws://" + options.host() + ":" + port() + "/ari/events?app=" + app + "&api_key="
        + options.user() + ":" + options.password();
  }

  public SimOptions options() {
    return options;
  }

  public SimClock clock() {
    return server.clock();
  }

  /** Shortcut for {@code clock().advance(by)} (virtual clock only). */
  public Future<Void> advance(Duration by) {
    return server.clock().advance(by);
  }

  public SimFaults faults() {
    return faults;
  }

  /** Undeploys the simulator; open event sockets are dropped without a close frame, as a dying Asterisk does. */
  public Future<Void> stop() {
    return vertx.undeploy(deploymentId);
  }

  /** A SIP caller calls in; returns the new channel's id once it has run into its context (StasisStart sent). */
  public Future<String> placeCall(InboundCall call) {
    return onLoop(core -> core.callers().inbound(call.endpoint(), call.context(), call.exten(),
        new Party(call.callerName(), call.callerNumber())).id());
  }

  /**
   * A SIP caller calls in and {@code onEvent} hears every event about its channel (ChannelCreated first,
   * ChannelDestroyed last), whether or not an app is subscribed; it runs on the simulator's context and must
   * treat the events as read-only. How scripted callers follow their call without an events WebSocket.
   */
  public Future<String> placeCall(InboundCall call, Consumer<JsonObject> onEvent) {
    return onLoop(core -> core.callers().inbound(call.endpoint(), call.context(), call.exten(),
        new Party(call.callerName(), call.callerNumber()), onEvent).id());
  }

  /** sipp calling {@code exten} in [from-test]. */
  public Future<String> placeCall(String exten) {
    return placeCall(InboundCall.to(exten));
  }

  /** The caller sends RFC 2833 digits: one ChannelDtmfReceived each ({@code duration_ms} 280 as in the traces). */
  public Future<Void> callerSendsDtmf(String channelId, String digits) {
    return run(core -> core.callers().sendDtmf(channelId, digits, 280));
  }

  /** Digits {@code gap} apart on the sim clock, the first one at once (to exercise inter-digit timeouts). */
  public Future<Void> callerSendsDtmf(String channelId, String digits, Duration gap) {
    return run(core -> core.callers().sendDtmf(channelId, digits, 280, gap));
  }

  /** The caller hangs up (BYE): ChannelHangupRequest without cause, then StasisEnd. */
  public Future<Void> callerHangsUp(String channelId) {
    return run(core -> core.callers().hangup(channelId));
  }

  /** The caller puts us on hold (re-INVITE sendonly): ChannelHold. */
  public Future<Void> callerHolds(String channelId) {
    return run(core -> core.callers().hold(channelId));
  }

  public Future<Void> callerUnholds(String channelId) {
    return run(core -> core.callers().unhold(channelId));
  }

  /** The caller speaks for {@code talk}: talking events if TALK_DETECT(set) was set on the channel. */
  public Future<Void> callerTalks(String channelId, Duration talk) {
    return run(core -> core.callers().talk(channelId, talk));
  }

  /** The phone REGISTERs: EndpointStateChange online, PeerStatusChange Reachable, ContactStatusChange. */
  public Future<Void> registerEndpoint(String resource) {
    return run(core -> core.endpoints().register(resource));
  }

  public Future<Void> unregisterEndpoint(String resource) {
    return run(core -> core.endpoints().unregister(resource));
  }

  /** Snapshot of all channels, as {@code GET /channels} would list them. */
  public Future<JsonArray> channels() {
    return onLoop(core -> core.channels().list());
  }

  /** Snapshot of one channel; fails with AriError 404 if it does not exist. */
  public Future<JsonObject> channel(String channelId) {
    return onLoop(core -> core.channels().json(core.channels().require(channelId)));
  }

  /**
   * Runs {@code action} on the simulator's context against the current core: the extension point for
   * scenario drivers and benchmarks that need more than the methods above. Called from that context (a
   * clock task of a scripted caller) it runs at once, so the action happens at the current simulated time.
   */
  public <T> Future<T> onLoop(Function<SimCore, T> action) {
    if (Vertx.currentContext() == server.loop()) {
      return apply(action);
    }
    Promise<T> p = Promise.promise();
    server.loop().runOnContext(v -> apply(action).onComplete(p));
    return p.future();
  }

  private <T> Future<T> apply(Function<SimCore, T> action) {
    try {
      return Future.succeededFuture(action.apply(server.core()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private Future<Void> run(java.util.function.Consumer<SimCore> action) {
    return onLoop(core -> {
      action.accept(core);
      return null;
    });
  }
}
