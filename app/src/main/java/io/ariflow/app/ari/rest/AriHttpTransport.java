package io.ariflow.app.ari.rest;

import io.ariflow.model.request.AriRequest;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * One HTTP attempt of an ARI request: builds it, sends it with Basic authorization, and turns the
 * answer into the decoded result or an {@link AriFailure}. No retry, no breaker, no admission here.
 */
final class AriHttpTransport {

  /** Asterisk compares the content type with {@code application/json} exactly: no charset suffix. */
  private static final String JSON = "application/json";

  private final WebClient client;
  private final String basePath;
  private final String authorization;
  private final Duration timeout;
  private final AriBodyCodec codec;

  AriHttpTransport(WebClient client, AriRestOptions options, AriBodyCodec codec) {
    this.client = client;
    this.basePath = options.baseUri().getRawPath();
    this.authorization = basicAuthorization(options.user(), options.password());
    this.timeout = options.requestTimeout();
    this.codec = codec;
  }

  <R> Future<R> send(AriRequest<R> request, AriExchange asked) {
    Buffer body;
    try {
      body = request.body() == null ? null : codec.encode(asked, request.body());
    } catch (BadRequest refused) {
      return Future.failedFuture(refused);
    }
    return dispatch(prepare(request), body)
        .recover(cause -> Future.failedFuture(TransportFailures.of(asked, cause, timeout)))
        .compose(response -> interpret(request, asked, response));
  }

  private HttpRequest<Buffer> prepare(AriRequest<?> request) {
    HttpRequest<Buffer> http = client
        .request(HttpMethod.valueOf(request.method().name()), basePath + request.path())
        .timeout(timeout.toMillis())
        .putHeader("Authorization", authorization)
        .putHeader("Accept", JSON);
    for (Map.Entry<String, String> parameter : request.query().entrySet()) {
      http.addQueryParam(parameter.getKey(), parameter.getValue());
    }
    return http;
  }

  private static Future<HttpResponse<Buffer>> dispatch(HttpRequest<Buffer> http, Buffer body) {
    if (body == null) {
      return http.send();
    }
    return http.putHeader("Content-Type", JSON).sendBuffer(body);
  }

  private <R> Future<R> interpret(AriRequest<R> request, AriExchange asked,
      HttpResponse<Buffer> response) {
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      return Future.failedFuture(StatusFailures.of(asked.answered(status, response.bodyAsString())));
    }
    try {
      return Future.succeededFuture(
          codec.decode(asked.answered(status, null), request.responseType(), response.body()));
    } catch (AriFailure undecodable) {
      return Future.failedFuture(undecodable);
    }
  }

  private static String basicAuthorization(String user, String password) {
    byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair);
  }
}
