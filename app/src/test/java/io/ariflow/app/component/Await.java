package io.ariflow.app.component;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;

/** Bounded waits for component tests: they poll a condition, never sleep a fixed time, never hang. */
final class Await {
  private static final Duration LIMIT = Duration.ofSeconds(15);

  private Await() {}

  static <T> T result(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("future did not complete: " + e, e);
    }
  }

  static void until(String what, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        Assertions.fail("timed out waiting until " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
