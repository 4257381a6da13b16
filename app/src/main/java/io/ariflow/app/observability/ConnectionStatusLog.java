package io.ariflow.app.observability;

import io.ariflow.app.ari.ws.ConnectionState;
import io.ariflow.app.ari.ws.ConnectionStatus;
import io.vertx.core.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per change of the events connection's state, never one per retry: an Asterisk that is
 * down for an hour must not flood the operator's log. Called only on the connection's event loop.
 */
public final class ConnectionStatusLog implements Handler<ConnectionStatus> {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionStatusLog.class);

  private ConnectionState last;

  @Override
  public void handle(ConnectionStatus status) {
    if (status.state() == last) {
      return;
    }
    last = status.state();
    String reason = status.lastFailure().map(f -> " (" + f + ")").orElse("");
    if (status.state() == ConnectionState.CONNECTED) {
      LOG.info("ARI events connection: CONNECTED (connection #{})", status.generation());
    } else if (status.state() == ConnectionState.STOPPED) {
      LOG.info("ARI events connection: STOPPED");
    } else {
      LOG.warn("ARI events connection: {}{}", status.state(), reason);
    }
  }
}
