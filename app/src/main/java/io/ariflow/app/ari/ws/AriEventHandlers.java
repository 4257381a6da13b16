package io.ariflow.app.ari.ws;

import io.vertx.core.Handler;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the events connection reports. All three are called on the connection's event loop and must not
 * block. For each new connection the order is: {@code statusChanged} (CONNECTED), {@code connected}
 * (generation), then that connection's frames. A handler that throws is logged and the connection goes on.
 *
 * @param frames every text frame, undecoded, in arrival order (the event router decodes and dispatches)
 * @param connected the new generation after each successful handshake: events may have been lost before it,
 *     so the engine reconciles (reads /channels and /bridges and rebuilds its state)
 * @param statusChanged every status change, for health checks and metrics
 */
public record AriEventHandlers(
    Handler<String> frames, Handler<Long> connected, Handler<ConnectionStatus> statusChanged) {
  private static final Logger LOG = LoggerFactory.getLogger(AriEventHandlers.class);

  /** Rejects missing handlers. */
  public AriEventHandlers {
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(connected, "connected");
    Objects.requireNonNull(statusChanged, "statusChanged");
  }

  void deliver(String frame) {
    try {
      frames.handle(frame);
    } catch (RuntimeException failure) {
      LOG.error("ARI events: the frame handler failed; frame dropped, connection kept", failure);
    }
  }

  void announceConnected(long generation) {
    try {
      connected.handle(generation);
    } catch (RuntimeException failure) {
      LOG.error("ARI events: the connected handler failed for generation {}", generation, failure);
    }
  }

  void announceStatus(ConnectionStatus status) {
    try {
      statusChanged.handle(status);
    } catch (RuntimeException failure) {
      LOG.error("ARI events: the status handler failed for {}", status, failure);
    }
  }
}
