package io.ariflow.app.ari.ws;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Where and how to hold the ARI events WebSocket. The password only ever travels in the Basic
 * {@code Authorization} header of the handshake: it is never put in the URL and {@link #toString()} masks it.
 *
 * @param uri base URL of Asterisk's HTTP server ({@code http}, {@code https}, {@code ws} or {@code wss}), e.g.
 *     {@code http://127.0.0.1:8088}; events are read from {@code <path>/ari/events}, and a path that already
 *     ends in {@code /ari} is taken as the ARI root. No credentials, query or fragment.
 * @param user ARI user from ari.conf
 * @param password ARI password from ari.conf; never logged
 * @param app the one Stasis application this connection receives events for
 * @param subscribeAll ask Asterisk for every event source ({@code subscribeAll=true}), not only the app's own
 * @param pingInterval how often a WebSocket ping is sent while connected
 * @param pongTimeout how long after a ping without a pong (or any frame) the connection is declared dead
 * @param handshakeTimeout how long to wait for the TCP connection and then for the upgrade response
 * @param backoff delays between reconnect attempts
 */
public record AriEventOptions(
    URI uri,
    String user,
    String password,
    String app,
    boolean subscribeAll,
    Duration pingInterval,
    Duration pongTimeout,
    Duration handshakeTimeout,
    ReconnectBackoff backoff) {

  private static final Set<String> SCHEMES = Set.of("http", "https", "ws", "wss");

  /** Validates every field, naming the bad one; never echoes the password. */
  public AriEventOptions {
    checkUri(uri);
    if (OptionChecks.notBlank("user", user).contains(":")) {
      throw new IllegalArgumentException("user: must not contain ':' (Basic authentication uses it as separator)");
    }
    if (OptionChecks.required("password", password).isEmpty()) {
      throw new IllegalArgumentException("password: must not be empty");
    }
    if (OptionChecks.notBlank("app", app).matches(".*[,\\s].*")) {
      throw new IllegalArgumentException("app: one application name without commas or spaces, got '" + app + "'");
    }
    OptionChecks.atLeastOneMilli("pingInterval", pingInterval);
    OptionChecks.atLeastOneMilli("pongTimeout", pongTimeout);
    OptionChecks.atLeastOneMilli("handshakeTimeout", handshakeTimeout);
    OptionChecks.required("backoff", backoff);
  }

  /** Options with a 10 s ping, 5 s pong and handshake timeouts, no subscribeAll and the default backoff. */
  public static AriEventOptions of(URI uri, String user, String password, String app) {
    return new AriEventOptions(uri, user, password, app, false, Duration.ofSeconds(10), Duration.ofSeconds(5),
        Duration.ofSeconds(5), ReconnectBackoff.defaults());
  }

  private static void checkUri(URI uri) {
    OptionChecks.required("uri", uri);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      throw new IllegalArgumentException("uri: scheme must be http, https, ws or wss, got '" + scheme + "'");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("uri: must not carry credentials; set user and password instead");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("uri: has no host: " + uri);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("uri: must have no query or fragment (app and subscribeAll build the query)");
    }
  }

  @Override
  public String toString() {
    return "AriEventOptions[uri=" + uri + ", user=" + user + ", password=***, app=" + app + ", subscribeAll="
        + subscribeAll + ", pingInterval=" + pingInterval + ", pongTimeout=" + pongTimeout + ", handshakeTimeout="
        + handshakeTimeout + ", backoff=" + backoff + "]";
  }
}
