package io.ariflow.app.ari.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Vert.x instance and clients pointed at a local port, with test-sized options: short timeouts,
 * millisecond backoff, and a breaker too wide to open unless a test asks for it.
 */
final class ClientFixture implements AutoCloseable {

  static final String USER = "engine";
  static final String PASSWORD = "pw-s3cret-7731";

  final Vertx vertx = Vertx.vertx();
  final MutableClock clock = new MutableClock();
  final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  static AriRestOptions options(int port) {
    return AriRestOptions.defaults("http://localhost:" + port + "/ari", USER, PASSWORD)
        .withRequestTimeout(Duration.ofSeconds(2))
        .withRetry(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(5)))
        .withBreaker(new BreakerOptions(100, 50f, Duration.ofSeconds(30)));
  }

  HttpAriRestClient client(AriRestOptions options) {
    return HttpAriRestClient.create(vertx, options, mapper, clock);
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
