package io.ariflow.sim;

import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulator standalone on the real clock: {@code --host 127.0.0.1 --port 8088 --user asterisk
 * --password asterisk --app ariflow}. Prints nothing except through SLF4J.
 */
public final class SimMain {

  private static final Logger LOG = LoggerFactory.getLogger(SimMain.class);

  private SimMain() {}

  public static void main(String[] args) {
    SimOptions options = parse(args);
    Vertx vertx = Vertx.vertx();
    AriSimulator.start(vertx, options)
        .onSuccess(sim -> LOG.info("ARI simulator ready at {} (user {})", sim.baseUrl(), options.user()))
        .onFailure(e -> {
          LOG.error("ARI simulator failed to start: {}", e.getMessage());
          vertx.close();
        });
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
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (expected --host, --port, --user, --password, --app)");
      }
    }
    return b.build();
  }
}
