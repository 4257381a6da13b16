package io.ariflow.app.flowtest;

import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;

/** A bounded wait for a runner's future: a broken runner fails the test instead of hanging it. */
final class Bounded {
  private static final long LIMIT_SECONDS = 120;

  private Bounded() {
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the runner did not finish: " + e, e);
    }
  }
}
