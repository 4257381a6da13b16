package io.ariflow.app.component;

import io.ariflow.app.flowtest.VirtualTimers;
import io.ariflow.app.Launcher;
import io.ariflow.app.ari.ws.ConnectionState;
import io.ariflow.app.config.AriflowConfig;
import io.ariflow.app.config.ConfigLoader;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.flows.FinishedRun;
import io.ariflow.app.flows.HostingOptions;
import io.ariflow.app.queues.QueueControl;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.queue.agent.AgentView;
import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.SimOptions;
import io.ariflow.sim.dialplan.FarEndYaml;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Queues end to end on the simulated Asterisk, on one virtual time: agents are registered PJSIP phones whose
 * behaviour comes from the simulator's {@code [phones]} context (answer after N s, busy, never answer, hang up),
 * callers are scripted from the test, and what each caller actually heard is collected from the simulator's
 * playback events on their channel. The queue_log file is written to the test's directory.
 */
final class QueueRig implements AutoCloseable {
  static final String APP = "ariflow";
  private static final String USER = "ariflow";
  private static final String PASSWORD = "secret";

  final Vertx vertx = Vertx.vertx();
  final AriSimulator sim;
  final Path dir;
  final Path queueLog;
  final RecordingIds ids = new RecordingIds();
  final List<FinishedRun> finished = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> heard = new ConcurrentHashMap<>();
  private final List<String> endpoints;
  private final VirtualTimers timers;
  private Launcher.Running engine;
  private long seed = 1;
  private Context engineContext;
  private QueueEventBarrier barrier;

  /**
   * A simulator whose phones behave as {@code phones} says ({@code "2001": [ring, {answer-after: 3s}]}, YAML under
   * the {@code phones} context) and which knows the PJSIP endpoints {@code endpoints} (registered at start).
   */
  QueueRig(Path dir, String phones, List<String> endpoints, String extraContexts) {
    this.dir = dir;
    this.queueLog = dir.resolve("queue_log");
    this.endpoints = List.copyOf(endpoints);
    String yaml = "contexts:\n  phones:\n" + phones.indent(4) + extraContexts;
    this.sim = Await.result(AriSimulator.start(vertx, SimOptions.forTests().withCredentials(USER, PASSWORD)
        .withStasisApp(APP).withEndpoints(endpoints).withFarEnds(FarEndYaml.parse(yaml))));
    this.timers = new VirtualTimers(sim.clock().now());
  }

  /** Writes (or replaces) a file of the flows directory. */
  QueueRig write(String file, String yaml) {
    try {
      Files.writeString(dir.resolve(file), yaml);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seeds the queues' random generator (random, wrandom) before {@link #start()}; 1 unless told. */
  QueueRig seed(long value) {
    this.seed = value;
    return this;
  }

  /** Registers the phones, starts the engine and waits until it is connected and its queues run. */
  QueueRig start() {
    endpoints.forEach(endpoint -> Await.result(sim.registerEndpoint(endpoint)));
    AriflowConfig config = ConfigLoader.fromYaml("""
        ari:
          url: http://127.0.0.1:%d
          user: %s
          password: %s
          app: %s
          pingInterval: 1s
          pongTimeout: 1s
        engine:
          fallback: hangup
        flows:
          dir: %s
          watch: false
        queues:
          log: %s
        http:
          port: 0
        """.formatted(sim.port(), USER, PASSWORD, APP, dir, queueLog), Map.of());
    HostingOptions options = HostingOptions.defaults().withTimers(this::bindTimers).withIds(ids)
        .withObserver(finished::add).withRandom(new SplittableRandom(seed));
    try (LogLines reconciler = new LogLines("io.ariflow.app.engine.Reconciler")) {
      engine = Await.result(Launcher.start(config, options));
      Await.until("the engine is connected", () -> engine.connection().state() == ConnectionState.CONNECTED);
      Await.until("the first reconciliation is over (a call placed before it would race its snapshot)",
          () -> reconciler.any("reconciled after connect #1"));
    }
    advance(TwoClocks.TICK);
    return this;
  }

  private Timers bindTimers(Context context) {
    engineContext = context;
    return timers.bind(context);
  }

  /** How many ids the engine's objects are claimed for now (calls, legs, bridges, followed phones). */
  int claimedObjects() {
    Promise<Integer> size = Promise.promise();
    engineContext.runOnContext(v -> size.complete(ObjectOwners.of(engineContext).map(ObjectOwners::size).orElse(0)));
    return Await.result(size.future());
  }

  /**
   * Moves both clocks on by {@code step} at once (the simulator first; timers on the way fire in order), then waits
   * until the engine handled every event the simulator sent, so no reaction is more than a step late.
   */
  void jump(Duration step) {
    if (barrier == null) {
      barrier = QueueEventBarrier.install(sim, APP, engineContext);
    }
    Await.result(sim.advance(step));
    Await.result(timers.advance(step));
    barrier.pass();
  }

  Launcher.Running engine() {
    return engine;
  }

  /** Reloads the flows directory (queues included) now. */
  io.vertx.core.Future<?> reload() {
    return engine.flows().orElseThrow().reload();
  }

  /** The strategy the running queue {@code queue} uses. */
  String strategy(String queue) {
    return Await.result(queues().definition(queue)).map(d -> d.strategy()).orElse("");
  }

  /** Waits until the Stasis application follows {@code endpoint} (the engine subscribed to it). */
  void awaitFollowing(String endpoint) {
    until("the application follows " + endpoint, () -> Await.result(sim.onLoop(core -> core.subscriptions().get(APP)))
        .getJsonArray("endpoint_ids").contains(endpoint));
  }

  /** The queues' run-time operations. */
  QueueControl queues() {
    return engine.flows().orElseThrow().queues().orElseThrow();
  }

  /** A caller from {@code number} dials {@code exten} in [from-test]: Stasis(ariflow, exten). */
  String call(String exten, String number) {
    List<String> media = new CopyOnWriteArrayList<>();
    String id = Await.result(sim.placeCall(InboundCall.to(exten).from(number, "Caller " + number),
        event -> mediaOf(event).ifPresent(media::add)));
    heard.put(id, media);
    until("caller " + number + " is in a queue or done", () -> inQueue(id) || runOf(id).isPresent());
    return id;
  }

  /** Whether {@code callerId} holds a place in (or talks from) one of the queues. */
  boolean inQueue(String callerId) {
    return Await.result(queues().queues()).stream()
        .anyMatch(queue -> Await.result(queues().callers(queue)).stream().anyMatch(c -> c.callId().equals(callerId)));
  }

  /** Asterisk announces each item of a media list with its own PlaybackStarted. */
  private static Optional<String> mediaOf(JsonObject event) {
    boolean started = "PlaybackStarted".equals(event.getString("type"));
    return started ? Optional.ofNullable(event.getJsonObject("playback")).map(p -> p.getString("media_uri"))
        : Optional.empty();
  }

  /** The media the simulator started playing to {@code callerId}, in order (list items one by one). */
  List<String> heard(String callerId) {
    return new ArrayList<>(heard.getOrDefault(callerId, List.of()));
  }

  void press(String callerId, String digits) {
    Await.result(sim.callerSendsDtmf(callerId, digits));
  }

  void hangUp(String callerId) {
    Await.result(sim.callerHangsUp(callerId));
  }

  /**
   * Moves both clocks on by {@code duration}, one tick at a time, each tick behind the event barrier (see
   * {@link #jump}): a long advance never lets a ring timeout fire before the answer it races is handled.
   */
  void advance(Duration duration) {
    for (Duration done = Duration.ZERO; done.compareTo(duration) < 0; done = done.plus(TwoClocks.TICK)) {
      jump(TwoClocks.TICK);
    }
  }

  /** Polls {@code condition}, moving time on by a tick (behind the barrier) before each look. */
  void until(String what, Supplier<Boolean> condition) {
    Await.until(what, () -> {
      jump(TwoClocks.TICK);
      return condition.get();
    });
  }

  /** The names of the channels the simulator has now. */
  List<String> channelNames() {
    JsonArray channels = Await.result(sim.channels());
    List<String> names = new ArrayList<>();
    channels.forEach(c -> names.add(((JsonObject) c).getString("name")));
    return names;
  }

  /** The names of the agent phones' channels up now ({@code PJSIP/2001-...}). */
  List<String> agentLegs() {
    return channelNames().stream().filter(name -> !name.startsWith("PJSIP/sipp")).toList();
  }

  int bridges() {
    return Await.result(sim.onLoop(core -> core.bridges().list())).size();
  }

  AgentView agent(String agentId) {
    return Await.result(queues().agent(agentId)).orElseThrow();
  }

  /** The queue_log lines written so far, each without its timestamp. */
  List<String> queueLog() {
    try {
      if (!Files.exists(queueLog)) {
        return List.of();
      }
      return Files.readAllLines(queueLog).stream().map(line -> line.substring(line.indexOf('|') + 1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The queue_log lines of {@code callerId}'s call as written, with their timestamps. */
  List<String> queueLogLines(String callerId) {
    try {
      return Files.exists(queueLog) ? Files.readAllLines(queueLog).stream()
          .filter(line -> line.contains("|" + callerId + "|")).toList() : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The queue_log lines of {@code callerId}'s call, each without timestamp and call id. */
  List<String> queueLogOf(String callerId) {
    return queueLog().stream().filter(line -> line.startsWith(callerId + "|"))
        .map(line -> line.substring(callerId.length() + 1)).toList();
  }

  /** The finished run of {@code callId}, once its flow ended. */
  Optional<FinishedRun> runOf(String callId) {
    return finished.stream().filter(run -> run.callId().equals(callId)).findFirst();
  }

  /** Nothing left behind: no channel, no bridge, no playback the engine started. */
  boolean nothingLeft() {
    List<String> playbacks = ids.of("playback");
    long live = Await.result(sim.onLoop(core -> playbacks.stream().filter(id -> {
      try {
        core.playbacks().get(id);
        return true;
      } catch (RuntimeException unknown) {
        return false;
      }
    }).count()));
    return channelNames().isEmpty() && bridges() == 0 && live == 0;
  }

  /** Stops the engine as the operator would ({@code Running.close}); the simulator stays. */
  void stopEngine() {
    Launcher.Running running = engine;
    engine = null;
    Await.result(running.close());
  }

  @Override
  public void close() {
    if (engine != null) {
      Await.result(engine.close());
    }
    Await.result(vertx.close());
  }
}
