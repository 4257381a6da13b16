package io.ariflow.app.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach Asterisk's ARI. An empty {@code url} means "no Asterisk configured": the engine then
 * starts the embedded simulated Asterisk so a newcomer sees calls flow at once.
 *
 * @param url base HTTP URL of Asterisk's HTTP server (e.g. {@code http://127.0.0.1:8088}), empty for the simulator
 * @param user ARI user from ari.conf
 * @param password ARI password from ari.conf; never logged
 * @param app the Stasis application name used in the dialplan
 * @param requestTimeout per REST request
 * @param maxConnections HTTP connection pool size towards Asterisk (it serves each connection serially)
 * @param maxInFlight REST requests in flight at once before further ones queue
 * @param pingInterval WebSocket ping period
 * @param pongTimeout how long without a pong before the connection is declared dead
 */
public record AriSettings(
    Optional<URI> url,
    String user,
    String password,
    String app,
    Duration requestTimeout,
    int maxConnections,
    int maxInFlight,
    Duration pingInterval,
    Duration pongTimeout) {

  /** True when no Asterisk is configured and the embedded simulator must be started. */
  public boolean embeddedSimulator() {
    return url.isEmpty();
  }

  @Override
  public String toString() {
    return "AriSettings[url=" + url.map(URI::toString).orElse("(embedded simulator)") + ", user=" + user
        + ", password=***, app=" + app + ", requestTimeout=" + requestTimeout + ", maxConnections="
        + maxConnections + ", maxInFlight=" + maxInFlight + ", pingInterval=" + pingInterval
        + ", pongTimeout=" + pongTimeout + "]";
  }
}
