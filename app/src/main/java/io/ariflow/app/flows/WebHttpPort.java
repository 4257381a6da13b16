package io.ariflow.app.flows;

import io.ariflow.flows.port.HttpCall;
import io.ariflow.flows.port.HttpPort;
import io.ariflow.flows.port.HttpReply;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code http} step's port on the Vert.x web client: one exchange per call, bounded by the request's
 * timeout, through the circuit breaker of the URL's host. Retries and backoff are the step's (on the run's
 * timers); this only answers or fails: any status is an answer, no answer (refused, timed out, breaker
 * open) is a failure. Never blocks: everything is a Future.
 */
public final class WebHttpPort implements HttpPort {

  private static final String USER_AGENT = "ariflow";
  private static final int SERVER_ERROR = 500;

  private final WebClient client;
  private final HostBreakers breakers;

  private WebHttpPort(WebClient client, HostBreakers breakers) {
    this.client = client;
    this.breakers = breakers;
  }

  /** A port with its own web client; the breakers read {@code clock}. */
  public static WebHttpPort create(Vertx vertx, Clock clock) {
    WebClient client = WebClient.create(vertx, new WebClientOptions().setUserAgent(USER_AGENT)
        .setFollowRedirects(false));
    return new WebHttpPort(client, new HostBreakers(clock));
  }

  @Override
  public Future<HttpReply> send(HttpCall call) {
    URI uri;
    try {
      uri = URI.create(call.url());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new IllegalArgumentException("not a URL: " + call.url(), e));
    }
    if (uri.getHost() == null || uri.getScheme() == null) {
      return Future.failedFuture(new IllegalArgumentException("not an absolute http(s) URL: " + call.url()));
    }
    return breakers.call(hostOf(uri), () -> exchange(call), reply -> reply.status() >= SERVER_ERROR);
  }

  private Future<HttpReply> exchange(HttpCall call) {
    HttpRequest<Buffer> request = client.requestAbs(HttpMethod.valueOf(call.method().toUpperCase(Locale.ROOT)),
        call.url()).timeout(Math.max(1, call.timeout().toMillis()));
    call.headers().forEach(request::putHeader);
    Future<HttpResponse<Buffer>> sent = call.body() == null ? request.send() : request.sendBuffer(Buffer.buffer(call.body()));
    return sent.map(WebHttpPort::replyOf);
  }

  private static HttpReply replyOf(HttpResponse<Buffer> response) {
    Map<String, String> headers = new LinkedHashMap<>();
    response.headers().names().forEach(name -> headers.put(name.toLowerCase(Locale.ROOT), response.getHeader(name)));
    return new HttpReply(response.statusCode(), headers, response.bodyAsString());
  }

  /** The breaker key: scheme, host and port, so two services on one host name stay apart. */
  static String hostOf(URI uri) {
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** The state of a host's breaker, e.g. for a health report. */
  public String breakerState(String url) {
    return breakers.state(hostOf(URI.create(url))).name();
  }
}
