package io.ariflow.app.flows;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One resilience4j circuit breaker per integrator host, used without its blocking decorators: permission
 * first, then the outcome recorded when the exchange completes. No answer and 5xx count as failures;
 * any other status is the host working. While a host's breaker is open, requests to it fail at once, so a
 * dead CRM costs callers a prompt fallback instead of a timeout per call.
 */
final class HostBreakers {
  private static final Logger LOG = LoggerFactory.getLogger(HostBreakers.class);

  /** Ten exchanges, half of them failing, open for 30 s, then three probes. */
  static final int WINDOW = 10;
  static final float FAILURE_RATE_PERCENT = 50f;
  static final Duration OPEN_FOR = Duration.ofSeconds(30);
  static final int HALF_OPEN_PROBES = 3;

  private final Map<String, CircuitBreaker> byHost = new ConcurrentHashMap<>();
  private final CircuitBreakerConfig config;
  private final Clock clock;

  HostBreakers(Clock clock) {
    this.clock = clock;
    this.config = CircuitBreakerConfig.custom()
        .slidingWindowType(SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(WINDOW)
        .minimumNumberOfCalls(WINDOW)
        .failureRateThreshold(FAILURE_RATE_PERCENT)
        .waitDurationInOpenState(OPEN_FOR)
        .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_PROBES)
        .writableStackTraceEnabled(false)
        .build();
  }

  /** Runs {@code exchange} through the breaker of {@code host}; {@code failed} says which answers count. */
  <T> Future<T> call(String host, Supplier<Future<T>> exchange, Predicate<T> failed) {
    CircuitBreaker breaker = byHost.computeIfAbsent(host, this::create);
    if (!breaker.tryAcquirePermission()) {
      return Future.failedFuture(new HostUnavailable(host, OPEN_FOR));
    }
    long start = breaker.getCurrentTimestamp();
    Future<T> outcome;
    try {
      outcome = exchange.get();
    } catch (RuntimeException bug) {
      outcome = Future.failedFuture(bug);
    }
    return outcome.andThen(done -> {
      long took = breaker.getCurrentTimestamp() - start;
      if (done.failed()) {
        breaker.onError(took, breaker.getTimestampUnit(), done.cause());
      } else if (failed.test(done.result())) {
        breaker.onError(took, breaker.getTimestampUnit(), new IllegalStateException("server error"));
      } else {
        breaker.onSuccess(took, breaker.getTimestampUnit());
      }
    });
  }

  /** The state of a host's breaker (CLOSED before its first request), for health reports and tests. */
  CircuitBreaker.State state(String host) {
    CircuitBreaker breaker = byHost.get(host);
    return breaker == null ? CircuitBreaker.State.CLOSED : breaker.getState();
  }

  private CircuitBreaker create(String host) {
    CircuitBreaker breaker = new CircuitBreakerStateMachine("http " + host, config, clock);
    breaker.getEventPublisher().onStateTransition(event -> LOG.warn("HTTP circuit breaker for {}: {} -> {}",
        host, event.getStateTransition().getFromState(), event.getStateTransition().getToState()));
    return breaker;
  }
}
