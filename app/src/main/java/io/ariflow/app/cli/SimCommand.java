package io.ariflow.app.cli;

import io.ariflow.sim.AriSimulator;
import io.ariflow.sim.ClockMode;
import io.ariflow.sim.SimOptions;
import io.ariflow.sim.script.Scenario;
import io.ariflow.sim.script.ScenarioLauncher;
import io.ariflow.sim.script.ScenarioLoader;
import io.ariflow.sim.script.ScenarioSetup;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ariflow sim}: runs the simulated Asterisk standalone, on the real clock, so any ARI client
 * (ours or another) can be pointed at it. Like Asterisk, any application name a client connects with exists.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
    description = "Run the simulated Asterisk 22 (ARI over HTTP and WebSocket) standalone.")
public final class SimCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(SimCommand.class);

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--port", defaultValue = "8088", description = "HTTP port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--user", defaultValue = "asterisk", description = "ARI user (default: ${DEFAULT-VALUE})")
  String user;

  @Option(names = "--password", defaultValue = "asterisk", description = "ARI password (default: ${DEFAULT-VALUE})")
  String password;

  @Option(names = "--app", defaultValue = "ariflow",
      description = "application that Stasis() in the built-in dialplan hands calls to (default: ${DEFAULT-VALUE})")
  String app;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "YAML scenario of scripted callers and agents, played once an ARI client connects to --app")
  Path scenario;

  @Option(names = "--sounds", paramLabel = "DIR",
      description = "directory of extra prompts (their names and durations are added to the catalog)")
  Path sounds;

  @Override
  public Integer call() throws Exception {
    SimOptions options = SimOptions.defaults().withClockMode(ClockMode.REAL).withHost(host).withPort(port)
        .withCredentials(user, password).withStasisApp(app);
    if (sounds != null) {
      options = options.withSoundsDirectory(sounds, "en");
    }
    Scenario scripted = scenario == null ? null : ScenarioLoader.load(scenario);
    if (scripted != null) {
      options = ScenarioSetup.apply(scripted, options);
    }
    Vertx vertx = Vertx.vertx();
    AriSimulator sim = AriSimulator.start(vertx, options).toCompletionStage().toCompletableFuture().get();
    if (scripted != null) {
      ScenarioLauncher.whenAppConnects(vertx, sim, scripted);
      LOG.info("scenario {} will play once an ARI client connects as '{}'", scenario, app);
    }
    LOG.info("simulated Asterisk {} ready: ARI at {} (user {}), events at ws://{}:{}/ari/events?app=<app>",
        options.asteriskVersion(), sim.baseUrl(), user, host, sim.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      vertx.close().toCompletionStage().toCompletableFuture().join();
      stopped.countDown();
    }, "ariflow-sim-shutdown"));
    stopped.await();
    return 0;
  }
}
