package io.ariflow.flows.port;

import io.vertx.core.Future;

/**
 * Outgoing HTTP for the {@code http} step. The adapter performs one exchange and owns the per-host circuit
 * breaker (it fails fast while the host is down); the step owns retries with backoff on {@link Timers}. A
 * failed future means no HTTP answer (connection refused, timeout, breaker open); any status is a success.
 */
@FunctionalInterface
public interface HttpPort {

  /** Sends {@code request}; completes with the answer, whatever its status. */
  Future<HttpReply> send(HttpCall request);
}
