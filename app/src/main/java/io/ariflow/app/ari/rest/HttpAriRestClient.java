package io.ariflow.app.ari.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.ariflow.model.request.AriRequest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ARI REST client over HTTP/1.1: each request is admitted by the in-flight cap, checked by the
 * circuit breaker, sent once, and retried only when it is idempotent and Asterisk looked unwell.
 * Connections are kept alive without pipelining, because Asterisk answers each connection strictly
 * in order: a slow command on a shared connection would delay every command behind it.
 */
public final class HttpAriRestClient implements AriRestClient {

  private static final Logger LOG = LoggerFactory.getLogger(HttpAriRestClient.class);

  /** Idle connections are dropped before Asterisk's own 15 s keep-alive limit closes them under us. */
  private static final int KEEP_ALIVE_SECONDS = 10;

  private final HttpClientAgent http;
  private final WebClient client;
  private final AriHttpTransport transport;
  private final InFlightLimiter limiter;
  private final BreakerGuard breaker;
  private final RetryRunner retry;

  private HttpAriRestClient(Vertx vertx, AriRestOptions options, ObjectMapper mapper, Clock clock) {
    WebClientOptions clientOptions = webClientOptions(options);
    this.http = vertx.httpClientBuilder()
        .with(clientOptions)
        .with(poolOptions(options))
        .withConnectHandler(HttpAriRestClient::reportConnectionErrorsQuietly)
        .build();
    this.client = WebClient.wrap(http, clientOptions);
    this.transport = new AriHttpTransport(client, options, new AriBodyCodec(mapper));
    this.limiter = new InFlightLimiter(vertx, options.maxInFlight(), options.maxQueued(),
        options.maxQueueWait());
    this.breaker = new BreakerGuard(options.breaker(), clock);
    this.retry = new RetryRunner(vertx, options.retry());
  }

  /** Creates a client whose breaker runs on the system clock. */
  public static HttpAriRestClient create(Vertx vertx, AriRestOptions options, ObjectMapper mapper) {
    return create(vertx, options, mapper, Clock.systemUTC());
  }

  /** Creates a client whose breaker reads the given clock, so tests can move time forward. */
  public static HttpAriRestClient create(Vertx vertx, AriRestOptions options, ObjectMapper mapper,
      Clock clock) {
    return new HttpAriRestClient(vertx, options, mapper, clock);
  }

  @Override
  public <R> Future<R> send(AriRequest<R> request) {
    AriExchange asked =
        AriExchange.unanswered(request.operation(), request.method(), request.path());
    Supplier<Future<R>> once = () -> limiter.submit(asked,
        () -> breaker.call(asked, () -> transport.send(request, asked)));
    return request.idempotent() ? retry.run(asked, once) : once.get();
  }

  /** True while the circuit breaker fails calls fast; for health reports. */
  public boolean breakerOpen() {
    return breaker.state() == CircuitBreaker.State.OPEN;
  }

  /** Closes the connection pool; requests in flight fail. */
  public Future<Void> close() {
    client.close();
    return http.close();
  }

  /**
   * A reset connection already fails its request with a typed {@link Transport}; without a handler
   * Vert.x would also log every one at ERROR, flooding the log while Asterisk restarts.
   */
  private static void reportConnectionErrorsQuietly(HttpConnection connection) {
    connection.exceptionHandler(error -> LOG.debug("ARI connection {} failed: {}",
        connection.remoteAddress(), error.toString()));
  }

  private static WebClientOptions webClientOptions(AriRestOptions options) {
    URI uri = options.baseUri();
    boolean tls = "https".equals(uri.getScheme());
    return new WebClientOptions()
        .setDefaultHost(uri.getHost().replaceAll("^\\[|]$", ""))
        .setDefaultPort(uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80)
        .setSsl(tls)
        .setProtocolVersion(HttpVersion.HTTP_1_1)
        .setKeepAlive(true)
        .setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
        .setPipelining(false)
        .setFollowRedirects(false)
        .setConnectTimeout((int) options.requestTimeout().toMillis())
        .setUserAgent("ariflow");
  }

  private static PoolOptions poolOptions(AriRestOptions options) {
    return new PoolOptions()
        .setHttp1MaxSize(options.maxConnections())
        .setMaxWaitQueueSize(options.maxInFlight());
  }
}
