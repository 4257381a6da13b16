package io.ariflow.app.engine;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.ari.rest.Gone;
import io.ariflow.app.config.EngineSettings;
import io.ariflow.model.event.StasisStart;
import io.ariflow.model.json.AriEventDecoder;
import io.ariflow.model.request.channels.ChannelsHangup;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The verticle that owns every call and bridge of our Stasis application. All of its state lives on
 * its own context: frames and connection announcements from the events connection are queued onto it
 * in arrival order, so events of one channel are handled strictly in order, by one owner, without locks.
 */
public final class Engine extends VerticleBase {
  private static final Duration UNOWNED_CHANNEL_GRACE = Duration.ofSeconds(1);

  /** A consistent view of the engine for health checks and tests. */
  public record Stats(int calls, int bridges, long undecodableEvents) {}

  private final AriRestClient rest;
  private final String app;
  private final EngineSettings settings;
  private final CallHandler handler;
  private final Supplier<String> ids;
  private Calls calls;
  private Bridges bridges;
  private EventRouter router;
  private Reconciler reconciler;
  private ObjectOwners objects;
  private Context home;

  public Engine(AriRestClient rest, String app, EngineSettings settings, CallHandler handler) {
    this(rest, app, settings, handler, () -> "ariflow-" + UUID.randomUUID());
  }

  /** As above, with the generator of the ids we give to playbacks, bridges and channels we create. */
  public Engine(AriRestClient rest, String app, EngineSettings settings, CallHandler handler,
      Supplier<String> ids) {
    this.rest = rest;
    this.app = app;
    this.settings = settings;
    this.handler = handler;
    this.ids = ids;
  }

  @Override
  public Future<?> start() {
    home = context;
    calls = new Calls(rest, handler, ids);
    bridges = new Bridges();
    objects = new ObjectOwners();
    objects.attach(context);
    objects.adopter((channel, flowId) -> calls.start(channel, StasisArgs.parse(List.of(flowId)),
        new StasisStart(app, null, null, List.of(flowId), channel, null)));
    router = new EventRouter(new AriEventDecoder(), calls, bridges, objects);
    reconciler = new Reconciler(rest, app, calls, bridges, router, settings.lostChannelPolicy(), objects,
        this::unownedChannelGrace);
    return handler.start(context);
  }

  /** Lets StasisStart events already on their way land before channels without an owner are judged. */
  private Future<Void> unownedChannelGrace() {
    Promise<Void> elapsed = Promise.promise();
    vertx.setTimer(UNOWNED_CHANNEL_GRACE.toMillis(), id -> elapsed.complete());
    return elapsed.future();
  }

  /** Where the events connection delivers raw frames; safe to call from any thread. */
  public Handler<String> frames() {
    return frame -> home.runOnContext(v -> router.onFrame(frame));
  }

  /** Where the events connection announces each new connection generation; triggers a reconciliation. */
  public Handler<Long> connected() {
    return generation -> home.runOnContext(v -> reconciler.reconcile(generation));
  }

  /**
   * Hangs up a channel the engine controls (a call, one of its legs, a room participant, a snoop) with an ARI
   * hangup reason such as {@code normal} or {@code busy}; false when the engine controls no such channel. A
   * channel already gone counts as hung up.
   */
  public Future<Boolean> hangup(String channelId, String reason) {
    Promise<Boolean> done = Promise.promise();
    home.runOnContext(v -> {
      boolean ours = calls.owner(channelId).isPresent() || objects.claimed(channelId);
      if (!ours) {
        done.complete(false);
        return;
      }
      rest.send(ChannelsHangup.of(channelId).withReason(reason)).map(sent -> true)
          .recover(failure -> failure instanceof Gone ? Future.succeededFuture(true) : Future.failedFuture(failure))
          .onComplete(done);
    });
    return done.future();
  }

  /** Reads the engine's figures on its own context. */
  public Future<Stats> stats() {
    Promise<Stats> promise = Promise.promise();
    home.runOnContext(v -> promise.complete(new Stats(calls.size(), bridges.size(), router.undecodable())));
    return promise.future();
  }
}
