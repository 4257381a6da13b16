package io.ariflow.app.ari.rest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Everything the REST client needs to reach Asterisk and to behave at saturation. Asterisk serves each
 * HTTP connection strictly one request at a time, so the pool must be large (a pool of 3 measured
 * 12 s median latency at 60 calls/s); it must also stay under http.conf {@code sessionlimit} (100 by
 * default, shared with the events WebSocket), beyond which Asterisk drops new connections.
 *
 * @param baseUrl {@code http(s)://host:port/ari}; a missing path means {@code /ari}; no credentials
 * @param user the ari.conf user, sent only in the Basic authorization header
 * @param password the ari.conf password, never logged
 * @param requestTimeout the time allowed per attempt (connect, then no answer)
 * @param maxConnections HTTP/1.1 keep-alive connections to Asterisk (pool size)
 * @param maxInFlight requests being sent or awaiting an answer at once
 * @param maxQueued requests waiting for an in-flight slot; beyond it requests fail fast
 * @param maxQueueWait the longest a request waits for a slot before failing as saturated
 * @param retry retry policy for idempotent requests
 * @param breaker circuit breaker policy
 */
public record AriRestOptions(
    String baseUrl,
    String user,
    String password,
    Duration requestTimeout,
    int maxConnections,
    int maxInFlight,
    int maxQueued,
    Duration maxQueueWait,
    RetryOptions retry,
    BreakerOptions breaker) {

  /** Per-attempt timeout: ARI answers in milliseconds when healthy, so five seconds means trouble. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
  /** 64 connections: far above the 16 that still queued at saturation, well under sessionlimit 100. */
  public static final int DEFAULT_MAX_CONNECTIONS = 64;
  /** One in-flight request per connection, so no request waits behind a slow one on a connection. */
  public static final int DEFAULT_MAX_IN_FLIGHT = DEFAULT_MAX_CONNECTIONS;
  /** A burst of about 100 calls arriving together; at 64 connections it drains in well under a second. */
  public static final int DEFAULT_MAX_QUEUED = 512;
  /**
   * In sustained overload a FIFO queue makes every command as late as the queue allows (measured: a
   * 5 s wait made every answered command 5 s late); one second bounds that, and beyond it failing
   * fast lets the engine shed the call.
   */
  public static final Duration DEFAULT_MAX_QUEUE_WAIT = Duration.ofSeconds(1);

  /** Validates every field, naming the bad one; the password never appears in a message. */
  public AriRestOptions {
    OptionChecks.require(baseUrl != null, "baseUrl", "is required", null);
    baseUrl = normalise(baseUrl);
    OptionChecks.require(user != null && !user.isBlank() && user.indexOf(':') < 0, "user",
        "must be a non-blank ari.conf user without ':'", user == null ? null : "'" + user + "'");
    OptionChecks.require(password != null && !password.isEmpty(), "password",
        "must be non-empty", "empty or missing");
    OptionChecks.positive(requestTimeout, "requestTimeout");
    OptionChecks.atLeast(maxConnections, 1, "maxConnections");
    OptionChecks.atLeast(maxInFlight, 1, "maxInFlight");
    OptionChecks.atLeast(maxQueued, 0, "maxQueued");
    OptionChecks.positive(maxQueueWait, "maxQueueWait");
    OptionChecks.require(retry != null, "retry", "is required", null);
    OptionChecks.require(breaker != null, "breaker", "is required", null);
  }

  /** The defaults above for one Asterisk. */
  public static AriRestOptions defaults(String baseUrl, String user, String password) {
    return new AriRestOptions(baseUrl, user, password, DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_QUEUED, DEFAULT_MAX_QUEUE_WAIT,
        RetryOptions.DEFAULTS, BreakerOptions.DEFAULTS);
  }

  /** A copy with another request timeout. */
  public AriRestOptions withRequestTimeout(Duration timeout) {
    return new AriRestOptions(baseUrl, user, password, timeout, maxConnections, maxInFlight,
        maxQueued, maxQueueWait, retry, breaker);
  }

  /** A copy with other pool and admission limits. */
  public AriRestOptions withLimits(int connections, int inFlight, int queued) {
    return new AriRestOptions(baseUrl, user, password, requestTimeout, connections, inFlight,
        queued, maxQueueWait, retry, breaker);
  }

  /** A copy with another longest wait for an in-flight slot. */
  public AriRestOptions withMaxQueueWait(Duration wait) {
    return new AriRestOptions(baseUrl, user, password, requestTimeout, maxConnections,
        maxInFlight, maxQueued, wait, retry, breaker);
  }

  /** A copy with another retry policy. */
  public AriRestOptions withRetry(RetryOptions policy) {
    return new AriRestOptions(baseUrl, user, password, requestTimeout, maxConnections,
        maxInFlight, maxQueued, maxQueueWait, policy, breaker);
  }

  /** A copy with another circuit breaker policy. */
  public AriRestOptions withBreaker(BreakerOptions policy) {
    return new AriRestOptions(baseUrl, user, password, requestTimeout, maxConnections,
        maxInFlight, maxQueued, maxQueueWait, retry, policy);
  }

  /** The parsed base URL. */
  public URI baseUri() {
    return URI.create(baseUrl);
  }

  /** Keeps the password out of logs and exception messages. */
  @Override
  public String toString() {
    return "AriRestOptions[baseUrl=" + baseUrl + ", user=" + user + ", password=***"
        + ", requestTimeout=" + requestTimeout + ", maxConnections=" + maxConnections
        + ", maxInFlight=" + maxInFlight + ", maxQueued=" + maxQueued
        + ", maxQueueWait=" + maxQueueWait
        + ", retry=" + retry + ", breaker=" + breaker + "]";
  }

  private static String normalise(String url) {
    URI uri = parse(url);
    OptionChecks.require(uri.getRawUserInfo() == null, "baseUrl",
        "must not carry credentials (use user and password)", "a URL with user info");
    String scheme = uri.getScheme();
    OptionChecks.require("http".equals(scheme) || "https".equals(scheme), "baseUrl",
        "must start with http:// or https://", "scheme " + scheme);
    OptionChecks.require(uri.getHost() != null, "baseUrl", "must name a host", "no host");
    OptionChecks.require(uri.getRawQuery() == null && uri.getRawFragment() == null, "baseUrl",
        "must not have a query or fragment", "a query or fragment");
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return scheme + "://" + uri.getHost() + port + (path.isEmpty() ? "/ari" : path);
  }

  private static URI parse(String url) {
    try {
      return new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason(), e);
    }
  }
}
