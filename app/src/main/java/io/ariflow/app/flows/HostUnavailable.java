package io.ariflow.app.flows;

import java.time.Duration;

/** An HTTP request refused without being sent: the host's circuit breaker is open after repeated failures. */
public final class HostUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HostUnavailable(String host, Duration openFor) {
    super("circuit breaker open for " + host + " after repeated failures (retried after up to "
        + openFor.toSeconds() + " s)", null, false, false);
  }
}
