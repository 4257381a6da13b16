package io.ariflow.app.component;

import io.ariflow.app.flowtest.VirtualTimers;
import io.ariflow.app.Launcher;
import io.ariflow.app.ari.ws.ConnectionState;
import io.ariflow.app.config.AriflowConfig;
import io.ariflow.app.config.ConfigLoader;
import io.ariflow.app.flows.FinishedRun;
import io.ariflow.app.flows.FlowHosting;
import io.ariflow.app.flows.HostedCatalog;
import io.ariflow.app.flows.HostingOptions;
import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.InboundCall;
import io.ariflow.sim.SimOptions;
import io.ariflow.sim.dialplan.Dialplan;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The whole engine with flow hosting against the simulated Asterisk, one virtual time for both: the
 * simulator's clock and the flows' timers move together, a tick at a time, so a 30 s timeout takes
 * milliseconds. Flows are files in a directory the test writes; finished runs are collected.
 */
final class FlowsOnSimulator implements AutoCloseable {
  static final String APP = "ariflow";
  private static final String USER = "ariflow";
  private static final String PASSWORD = "secret";

  final Vertx vertx = Vertx.vertx();
  final AriSimulator sim;
  final Path dir;
  final RecordingIds ids = new RecordingIds();
  final List<FinishedRun> finished = new CopyOnWriteArrayList<>();
  private final VirtualTimers timers;
  private final TwoClocks clocks;
  private Launcher.Running engine;

  FlowsOnSimulator(Path dir) {
    this(dir, Dialplan.empty());
  }

  /** As above, with extra far ends (contexts of the simulator's dialplan, see FarEndYaml). */
  FlowsOnSimulator(Path dir, Dialplan farEnds) {
    this.dir = dir;
    this.sim = Await.result(AriSimulator.start(vertx,
        SimOptions.forTests().withCredentials(USER, PASSWORD).withStasisApp(APP).withFarEnds(farEnds)));
    this.timers = new VirtualTimers(sim.clock().now());
    this.clocks = new TwoClocks(sim, timers);
  }

  /** Writes (or replaces) a flow file. */
  FlowsOnSimulator write(String file, String yaml) {
    try {
      Files.writeString(dir.resolve(file), yaml);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the engine with {@code engine.fallback} = {@code fallback}, watching the directory every 100 ms. */
  FlowsOnSimulator start(String fallback) {
    AriflowConfig config = ConfigLoader.fromYaml("""
        ari:
          url: http://127.0.0.1:%d
          user: %s
          password: %s
          app: %s
          pingInterval: 1s
          pongTimeout: 1s
        engine:
          fallback: "%s"
        flows:
          dir: %s
          watchInterval: 100ms
        http:
          port: 0
        """.formatted(sim.port(), USER, PASSWORD, APP, fallback, dir), Map.of());
    HostingOptions options = HostingOptions.defaults().withTimers(timers::bind).withIds(ids)
        .withObserver(finished::add);
    engine = Await.result(Launcher.start(config, options));
    Await.until("the engine is connected", () -> engine.connection().state() == ConnectionState.CONNECTED);
    return this;
  }

  Launcher.Running engine() {
    return engine;
  }

  FlowHosting hosting() {
    return engine.flows().orElseThrow();
  }

  HostedCatalog catalog() {
    return Await.result(hosting().catalog());
  }

  /** A caller dials {@code exten} in [from-test]: Stasis(ariflow, exten). */
  String call(String exten) {
    return Await.result(sim.placeCall(InboundCall.to(exten).from("5551000", "Customer")));
  }

  /** Moves both clocks on by {@code duration}, one tick at a time. */
  void advance(Duration duration) {
    clocks.advance(duration);
  }

  /** Polls {@code condition}, moving time on by a tick before each look. */
  void until(String what, Supplier<Boolean> condition) {
    clocks.until(what, condition);
  }

  JsonArray channels() {
    return Await.result(sim.channels());
  }

  JsonArray bridges() {
    return Await.result(sim.onLoop(core -> core.bridges().list()));
  }

  String channelState(String id) {
    return Await.result(sim.channel(id)).getString("state");
  }

  /** The playbacks the runs started that the simulator still knows (queued or playing). */
  long livePlaybacks() {
    List<String> playbacks = ids.of("playback");
    return Await.result(sim.onLoop(core -> playbacks.stream().filter(id -> {
      try {
        core.playbacks().get(id);
        return true;
      } catch (RuntimeException unknown) {
        return false;
      }
    }).count()));
  }

  /** The runs of {@code callId} that ended, in order. */
  List<FinishedRun> runsOf(String callId) {
    return finished.stream().filter(run -> run.callId().equals(callId)).toList();
  }

  Optional<FinishedRun> lastRunOf(String callId) {
    List<FinishedRun> runs = runsOf(callId);
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
  }

  int engineCalls() {
    return Await.result(engine.engine().stats()).calls();
  }

  @Override
  public void close() {
    if (engine != null) {
      Await.result(engine.close());
    }
    Await.result(vertx.close());
  }
}
