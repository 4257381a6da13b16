package io.ariflow.app.flows;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.conference.AriCommands;
import io.ariflow.app.conference.ConferenceControl;
import io.ariflow.app.conference.Conferences;
import io.ariflow.app.conference.SupervisionControl;
import io.ariflow.app.config.EngineFallback;
import io.ariflow.app.config.EngineSettings;
import io.ariflow.app.config.FlowSettings;
import io.ariflow.app.config.QueueSettings;
import io.ariflow.app.engine.CallHandler;
import io.ariflow.app.engine.CallSession;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.pickup.PickupHost;
import io.ariflow.app.queues.QueueControl;
import io.ariflow.app.queues.Queues;
import io.ariflow.flows.load.LoaderOptions;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.PickupPort;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.runtime.RunOptions;
import io.ariflow.flows.runtime.RunResult;
import io.ariflow.flows.spec.Fallback;
import io.ariflow.flows.spec.FlowSpec;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs flows for real calls: the engine's {@link CallHandler} once flows are configured. At start it loads
 * the flows directory off the event loop (the built-in demo flow when it holds none) and watches it; on each
 * call it picks the flow named by the first Stasis argument from the current catalog and runs it, and when
 * the flow is unknown or the run fails in a way the flow's own fallback did not settle, applies the
 * engine's fallback. Every call's timeline is logged in one line when its handling ends.
 */
public final class FlowHosting implements CallHandler {

  private final AriRestClient rest;
  private final String app;
  private final FlowSettings settings;
  private final EngineSettings engine;
  private final HostingOptions options;
  private final FlowSource source;
  private final LiveCatalog live;
  private Context home;
  private FlowRunner runner;
  private FallbackAction fallback;
  private Optional<Conferences> conferences = Optional.empty();
  private final QueueSettings queueSettings;
  private Optional<Queues> queues = Optional.empty();
  private Optional<PickupHost> pickups = Optional.empty();

  /**
   * Flow hosting for Stasis application {@code app}.
   *
   * @param rest the ARI REST client
   * @param app the Stasis application (legs are created in it)
   * @param settings where flows live and how they are reloaded
   * @param engine the fallback and the hangup grace
   * @param options time, HTTP, ids, steps and the observer of finished runs
   */
  public FlowHosting(AriRestClient rest, String app, FlowSettings settings, EngineSettings engine,
      HostingOptions options) {
    this(rest, app, settings, engine, options, QueueSettings.NONE);
  }

  /** As above, the queues reporting as {@code queueSettings} says (the queue_log file). */
  public FlowHosting(AriRestClient rest, String app, FlowSettings settings, EngineSettings engine,
      HostingOptions options, QueueSettings queueSettings) {
    this.queueSettings = queueSettings;
    this.rest = rest;
    this.app = app;
    this.settings = settings;
    this.engine = engine;
    this.options = options;
    this.source = new FlowSource(settings.dir(), new LoaderOptions(Set.of(),
        List.copyOf(options.steps().customTypes().values())));
    this.live = new LiveCatalog(settings.dir());
  }

  @Override
  public Future<Void> start(Context engineContext) {
    home = engineContext;
    Vertx vertx = engineContext.owner();
    HttpPort http = options.http().orElseGet(() -> WebHttpPort.create(vertx, options.clock()));
    Timers timers = options.timers().apply(engineContext);
    conferences = ObjectOwners.of(engineContext)
        .map(objects -> Conferences.create(engineContext, objects, rest, app, timers, options.ids()));
    queues = ObjectOwners.of(engineContext)
        .map(objects -> Queues.create(engineContext, objects, rest, app, timers, options.ids(), queueSettings,
            options.random()));
    Map<Class<?>, Object> ports = new HashMap<>(conferences.map(Conferences::ports).orElse(Map.of()));
    queues.ifPresent(hosted -> ports.putAll(hosted.ports()));
    pickups = ObjectOwners.of(engineContext)
        .map(objects -> new PickupHost(engineContext, objects, new AriCommands(rest, app), options.ids()));
    pickups.ifPresent(host -> ports.put(PickupPort.class, host));
    runner = new FlowRunner(rest, app, timers, http, options,
        RunOptions.defaults().withZone(settings.timezone()).withDefaultFallback(forFlows(engine.fallback())),
        engine.hangupGrace(), ports);
    fallback = new FallbackAction(engine.fallback(), runner);
    return loadNow().map(scan -> {
      if (settings.watch()) {
        new FlowWatcher(vertx, settings.dir(), settings.watchInterval(), this::loadNow).start(scan);
      }
      return null;
    });
  }

  @Override
  public Future<Void> handle(CallSession call) {
    HostedCatalog catalog = live.current();
    CallStory story = new CallStory(call.callId());
    Optional<FlowSpec> flow = catalog.select(call.args().flowId());
    Future<Void> handled = flow.isPresent()
        ? runner.run(call, flow.get(), catalog, story).compose(outcome -> afterRun(call, flow.get(), outcome,
            catalog, story))
        : fallback.apply(call, unknown(call), catalog, story);
    return handled.andThen(done -> story.log());
  }

  /** The catalog new calls start with, read on the engine's context. */
  public Future<HostedCatalog> catalog() {
    Promise<HostedCatalog> current = Promise.promise();
    home.runOnContext(v -> current.complete(live.current()));
    return current.future();
  }

  /**
   * The conference operations (list rooms, mute, kick, lock, record, dial out, end), when this hosting runs inside
   * an engine (which routes the rooms' events).
   */
  public Optional<ConferenceControl> conferences() {
    return conferences.map(Conferences::control);
  }

  /** The pickup board (calls ringing now), when this hosting runs inside an engine (which routes its events). */
  public Optional<PickupHost> pickups() {
    return pickups;
  }

  /**
   * The supervision operations (list sessions, switch a session's mode, stop one), when this hosting runs inside
   * an engine (which routes the sessions' events).
   */
  public Optional<SupervisionControl> supervision() {
    return conferences.map(Conferences::supervision);
  }

  /**
   * The queues' run-time operations (agent login, logout, pause; callers, agents, statistics), when this hosting
   * runs inside an engine (which routes the queues' events).
   */
  public Optional<QueueControl> queues() {
    return queues.map(Queues::control);
  }

  /**
   * The events connection is (re)connected: the queues follow their phones again and repair lost calls; rooms,
   * supervision sessions and click-to-calls get the end events they missed.
   */
  public void reconnected() {
    home.runOnContext(v -> {
      queues.ifPresent(Queues::reconnected);
      conferences.ifPresent(Conferences::reconnected);
    });
  }

  /** Stops the queues on the engine's context: callbacks hung up, the queue_log flushed and closed. */
  public Future<Void> stop() {
    Promise<Void> done = Promise.promise();
    home.runOnContext(v -> queues.map(Queues::close).orElse(Future.succeededFuture()).onComplete(done));
    return done.future();
  }

  /** Reloads the flows directory now, as the watcher does on a change; completes once the catalog is swapped. */
  public Future<HostedCatalog> reload() {
    Promise<HostedCatalog> done = Promise.promise();
    home.runOnContext(v -> loadNow().map(scan -> live.current()).onComplete(done));
    return done.future();
  }

  private Future<DirectoryScan> loadNow() {
    return home.owner().executeBlocking(source::load).map(loaded -> {
      HostedCatalog applied = live.apply(loaded);
      conferences.ifPresent(hosted -> hosted.replace(applied.flows().declarations()));
      queues.ifPresent(hosted -> hosted.replace(applied.flows().declarations()));
      return loaded.scan();
    });
  }

  private Future<Void> afterRun(CallSession call, FlowSpec flow, RunOutcome outcome, HostedCatalog catalog,
      CallStory story) {
    if (outcome instanceof RunOutcome.Crashed crashed) {
      return fallback.apply(call, "flow '" + flow.id() + "' failed unexpectedly: " + crashed.cause(), catalog,
          story);
    }
    if (call.inOurHands() && outcome instanceof RunOutcome.Ended ended) {
      String how = ended.result() instanceof RunResult.Failed failed
          ? "failed" + (failed.fallback().isPresent() ? " and its fallback did not release the channel" : "")
          : "ended (" + ended.result().getClass().getSimpleName() + ") with the channel still in Stasis";
      return fallback.apply(call, "flow '" + flow.id() + "' " + how, catalog, story);
    }
    return Future.succeededFuture();
  }

  /**
   * The engine fallback as the default of flows that declare none: the run itself goes back to the dialplan
   * or hangs up; for {@code flow:<id>} it leaves the channel in Stasis and {@link FallbackAction} runs the flow.
   */
  private static Optional<Fallback> forFlows(EngineFallback policy) {
    if (policy instanceof EngineFallback.Hangup) {
      return Optional.of(new Fallback.Hangup("normal"));
    }
    return policy instanceof EngineFallback.Continue ? Optional.of(Fallback.continueAfterStasis()) : Optional.empty();
  }

  private static String unknown(CallSession call) {
    return call.args().flowId().map(id -> "no flow '" + id + "' is loaded")
        .orElse("Stasis() named no flow (write Stasis(<app>,<flow-id>))");
  }
}
