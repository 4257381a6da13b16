package io.ariflow.app.ari.rest;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries an attempt with resilience4j's asynchronous retry context, waiting with {@code vertx.setTimer}
 * so each retry resumes on the caller's context and no thread ever sleeps. Backoff is exponential with
 * jitter, so a crowd of calls failing together does not come back together.
 */
final class RetryRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RetryRunner.class);
  private static final double MULTIPLIER = 2.0;
  private static final double JITTER = 0.5;

  private final Vertx vertx;
  private final Retry retry;

  RetryRunner(Vertx vertx, RetryOptions options) {
    this.vertx = vertx;
    this.retry = Retry.of("asterisk-ari", RetryConfig.custom()
        .maxAttempts(options.maxAttempts())
        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
            options.baseDelay(), MULTIPLIER, JITTER, options.maxDelay()))
        .retryOnException(FailurePolicy::saysAsteriskIsUnwell)
        .build());
  }

  <T> Future<T> run(AriExchange asked, Supplier<Future<T>> attempt) {
    Promise<T> promise = Promise.promise();
    new Loop<>(asked, retry.asyncContext(), attempt, promise).next();
    return promise.future();
  }

  /** One retried call: sends, and on a retryable failure schedules the next send. */
  private final class Loop<T> {
    private final AriExchange asked;
    private final Retry.AsyncContext<T> context;
    private final Supplier<Future<T>> attempt;
    private final Promise<T> promise;

    Loop(AriExchange asked, Retry.AsyncContext<T> context, Supplier<Future<T>> attempt,
        Promise<T> promise) {
      this.asked = asked;
      this.context = context;
      this.attempt = attempt;
      this.promise = promise;
    }

    void next() {
      attempt.get().onComplete(this::succeeded, this::failed);
    }

    private void succeeded(T result) {
      context.onComplete();
      promise.complete(result);
    }

    /** resilience4j answers -1 when the failure is final; 0 is a legitimate (jittered) delay. */
    private void failed(Throwable failure) {
      long delay = context.onError(failure);
      if (delay < 0) {
        promise.fail(failure);
        return;
      }
      LOG.info("retrying {} {} {} in {} ms after: {}", asked.operation(), asked.method(),
          asked.path(), delay, failure.getMessage());
      vertx.setTimer(Math.max(1, delay), id -> next());
    }
  }
}
