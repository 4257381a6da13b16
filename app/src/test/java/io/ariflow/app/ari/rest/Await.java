package io.ariflow.app.ari.rest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bounded waits on Vert.x futures, so a broken client fails the test instead of hanging it. */
final class Await {

  static final long SECONDS = 10;

  private Await() {}

  static <T> T result(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected success but failed: " + e.getCause(), e.getCause());
    }
  }

  static <F extends Throwable> F failure(Future<?> future, Class<F> expected) throws Exception {
    try {
      Object value = future.toCompletionStage().toCompletableFuture().get(SECONDS, TimeUnit.SECONDS);
      return fail("expected " + expected.getSimpleName() + " but succeeded with " + value);
    } catch (ExecutionException e) {
      return assertInstanceOf(expected, e.getCause(), () -> "unexpected failure " + e.getCause());
    } catch (TimeoutException e) {
      return fail("still pending after " + SECONDS + " s");
    }
  }
}
