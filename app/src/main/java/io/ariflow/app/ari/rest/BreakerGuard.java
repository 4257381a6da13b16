package io.ariflow.app.ari.rest;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs attempts through a resilience4j circuit breaker without its blocking decorators: permission
 * first, then the outcome recorded when the future completes. Only {@link FailurePolicy} failures
 * count; every other outcome is ignored, so a storm of 404s after mass hangups never opens it.
 */
final class BreakerGuard {

  private static final Logger LOG = LoggerFactory.getLogger(BreakerGuard.class);
  private static final int HALF_OPEN_PROBES = 3;

  private final CircuitBreaker breaker;

  BreakerGuard(BreakerOptions options, Clock clock) {
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .slidingWindowType(SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(options.window())
        .minimumNumberOfCalls(options.window())
        .failureRateThreshold(options.failureRatePercent())
        .waitDurationInOpenState(options.openDuration())
        .permittedNumberOfCallsInHalfOpenState(Math.min(HALF_OPEN_PROBES, options.window()))
        .recordException(FailurePolicy::saysAsteriskIsUnwell)
        .ignoreException(failure -> !FailurePolicy.saysAsteriskIsUnwell(failure))
        .writableStackTraceEnabled(false)
        .build();
    this.breaker = new CircuitBreakerStateMachine("asterisk-ari", config, clock);
    breaker.getEventPublisher().onStateTransition(event -> LOG.warn(
        "ARI circuit breaker {} -> {} (opens at {}% failures over {} calls, stays open {} ms)",
        event.getStateTransition().getFromState(), event.getStateTransition().getToState(),
        options.failureRatePercent(), options.window(), options.openDuration().toMillis()));
  }

  <T> Future<T> call(AriExchange asked, Supplier<Future<T>> attempt) {
    if (!breaker.tryAcquirePermission()) {
      return Future.failedFuture(TransportFailures.breakerOpen(asked));
    }
    long start = breaker.getCurrentTimestamp();
    Future<T> outcome;
    try {
      outcome = attempt.get();
    } catch (RuntimeException bug) {
      outcome = Future.failedFuture(bug);
    }
    return outcome.andThen(done -> record(start, done.cause()));
  }

  /** The breaker state, for health reports. */
  CircuitBreaker.State state() {
    return breaker.getState();
  }

  private void record(long start, Throwable failure) {
    long duration = breaker.getCurrentTimestamp() - start;
    if (failure == null) {
      breaker.onSuccess(duration, breaker.getTimestampUnit());
    } else {
      breaker.onError(duration, breaker.getTimestampUnit(), failure);
    }
  }
}
