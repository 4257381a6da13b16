package io.ariflow.app;

import io.ariflow.app.config.AriSettings;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The Asterisk ariflow runs against: the configured one, or, when no ARI URL is configured, the
 * embedded simulated Asterisk, started on a free port, with a demo caller so a newcomer sees calls flow.
 */
public final class EmbeddedAsterisk {
  private final AriTarget target;

  private EmbeddedAsterisk(AriTarget target) {
    this.target = target;
  }

  /** Resolves the target, starting the simulator when none is configured. */
  static Future<EmbeddedAsterisk> resolve(Vertx vertx, AriSettings ari) {
    if (ari.url().isPresent()) {
      return Future.succeededFuture(new EmbeddedAsterisk(
          new AriTarget(ari.url().get(), ari.user(), ari.password(), false)));
    }
    return Future.failedFuture("no ARI URL configured and the embedded simulator is not available yet");
  }

  AriTarget target() {
    return target;
  }

  /** Starts placing demo calls when this is the embedded simulator; nothing otherwise. */
  void startDemo(String app) {
  }
}
