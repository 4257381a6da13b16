package io.ariflow.app.ari.ws;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * Logs each distinct reason for refused connection attempts once: a wrong password retried for hours gives
 * one clear line, not thousands. Repeats go to DEBUG; a successful handshake re-arms every reason.
 */
final class FailureLog {
  private final Logger log;
  private final String app;
  private String lastLogged;

  FailureLog(Logger log, String app) {
    this.log = log;
    this.app = app;
  }

  void attemptFailed(ConnectFailure failure, long attempts, Duration retryIn) {
    if (failure.reason().equals(lastLogged)) {
      log.debug("ARI events [app={}]: attempt {} failed again: {}; retrying in {} ms", app, attempts,
          failure.reason(), retryIn.toMillis());
      return;
    }
    lastLogged = failure.reason();
    String line = "ARI events [app={}]: cannot connect: {}; retrying in {} ms, then with growing delays (logged "
        + "once while the reason stays the same)";
    if (failure.needsOperator()) {
      log.error(line, app, failure.reason(), retryIn.toMillis());
    } else {
      log.warn(line, app, failure.reason(), retryIn.toMillis());
    }
  }

  void connected() {
    lastLogged = null;
  }
}
