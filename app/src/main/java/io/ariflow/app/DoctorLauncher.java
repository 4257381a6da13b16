package io.ariflow.app;

import io.ariflow.app.ari.rest.AriRestOptions;
import io.ariflow.app.ari.rest.HttpAriRestClient;
import io.ariflow.app.config.AriflowConfig;
import io.ariflow.app.doctor.Doctor;
import io.ariflow.app.doctor.HttpApiDocs;
import io.ariflow.app.doctor.WebSocketRegistration;
import io.ariflow.model.json.AriJson;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Wires {@code ariflow doctor}: resolves the Asterisk (the embedded simulator when none is configured) and runs the checks. */
public final class DoctorLauncher {
  private static final Duration CHECKS_TIMEOUT = Duration.ofSeconds(60);

  private DoctorLauncher() {}

  /**
   * Runs every check, printing to {@code out}, and returns true when ariflow can work with this Asterisk.
   * Blocks the calling (CLI) thread, never an event loop.
   */
  public static boolean run(AriflowConfig config, PrintStream out) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      return EmbeddedAsterisk.resolve(vertx, config.ari())
          .compose(embedded -> check(vertx, config, embedded.target(), out))
          .recover(failure -> {
            out.println("FAIL  " + failure.getMessage());
            return Future.succeededFuture(false);
          })
          .toCompletionStage().toCompletableFuture().get(CHECKS_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(CHECKS_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private static Future<Boolean> check(Vertx vertx, AriflowConfig config, AriTarget target, PrintStream out) {
    out.println("ARI   " + target);
    AriRestOptions options = AriRestOptions.defaults(target.restBase(), target.user(), target.password())
        .withRequestTimeout(config.ari().requestTimeout());
    HttpAriRestClient rest = HttpAriRestClient.create(vertx, options, AriJson.newMapper());
    return new Doctor(rest, new HttpApiDocs(vertx, target), new WebSocketRegistration(vertx, target),
        config.ari().app(), out).run();
  }
}
