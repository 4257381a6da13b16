package io.ariflow.sim;

import io.ariflow.sim.script.Scenario;
import io.ariflow.sim.script.ScenarioLauncher;
import io.ariflow.sim.script.ScenarioLoader;
import io.ariflow.sim.script.ScenarioSetup;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator standalone on the real clock: {@code --host 127.0.0.1 --port 8088 --user asterisk
 * --password asterisk --app ariflow}, optionally {@code --scenario calls.yaml} to play scripted callers and
 * agents once the app connects. Prints nothing except through SLF4J.
 */
public final class SimMain {

  private static final Logger LOG = LoggerFactory.getLogger(SimMain.class);

  private SimMain() {}

  public static void main(String[] args) {
    Scenario scenario = scenario(args);
    SimOptions options = scenario == null ? parse(args) : ScenarioSetup.apply(scenario, parse(args));
    Vertx vertx = Vertx.vertx();
    AriSimulator.start(vertx, options)
        .onSuccess(sim -> LOG.info("ARI simulator ready at {} (user {})", sim.baseUrl(), options.user()))
        .onSuccess(sim -> {
          if (scenario != null) {
            ScenarioLauncher.whenAppConnects(vertx, sim, scenario);
          }
        })
        .onFailure(e -> {
          LOG.error("ARI simulator failed to start: {}", e.getMessage());
          vertx.close();
        });
  }

  /** The {@code --scenario} file, read before anything starts (its problems are reported with file:line:col). */
  static Scenario scenario(String[] args) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--scenario")) {
        return ScenarioLoader.load(Path.of(args[i + 1]));
      }
    }
    return null;
  }

  static SimOptions parse(String[] args) {
    SimOptions.Builder b = SimOptions.builder().clockMode(ClockMode.REAL);
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--host" -> b.host(value);
        case "--port" -> b.port(Integer.parseInt(value));
        case "--user" -> b.user(value);
        case "--password" -> b.password(value);
        case "--app" -> b.stasisApp(value);
        case "--scenario" -> { }
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (expected --host, --port, --user, --password, --app, --scenario)");
      }
    }
    return b.build();
  }
}
