package io.ariflow.sim.fidelity;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bounded waits for the replay thread; nothing in the fidelity test waits without a limit. */
final class Await {

  private Await() {}

  static <T> T get(Future<T> future, Duration limit) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer within " + limit, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The value if it arrives in time, empty otherwise (also when the future failed). */
  static <T> Optional<T> within(Future<T> future, Duration limit) {
    try {
      return Optional.ofNullable(get(future, limit));
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }
}
