package io.ariflow.app.ari.ws;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Turns {@link AriEventOptions} into what Vert.x needs to open {@code /ari/events}. Credentials go only into
 * the {@code Authorization} header (never {@code api_key} in the query, unlike the recorded traces), so the
 * URL this class describes is safe to log.
 */
final class EventsEndpoint {
  /** ARI events are single frames; a ChannelVarset with a long value can exceed Vert.x's 64 KiB default. */
  private static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
  private static final int CLOSING_TIMEOUT_SECONDS = 2;

  private EventsEndpoint() {}

  static WebSocketClientOptions clientOptions() {
    return new WebSocketClientOptions()
        .setName("ari-events")
        .setMaxFrameSize(MAX_MESSAGE_BYTES)
        .setMaxMessageSize(MAX_MESSAGE_BYTES)
        .setClosingTimeout(CLOSING_TIMEOUT_SECONDS);
  }

  static WebSocketConnectOptions connectOptions(AriEventOptions options) {
    long timeout = options.handshakeTimeout().toMillis();
    return new WebSocketConnectOptions()
        .setHost(host(options))
        .setPort(port(options))
        .setSsl(secure(options))
        .setURI(requestUri(options))
        .setConnectTimeout(timeout)
        .setTimeout(timeout)
        .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization(options));
  }

  /** The path and query of the upgrade request, e.g. {@code /ari/events?app=engine}. */
  static String requestUri(AriEventOptions options) {
    String query = "?app=" + URLEncoder.encode(options.app(), StandardCharsets.UTF_8)
        + (options.subscribeAll() ? "&subscribeAll=true" : "");
    return ariRoot(options.uri().getRawPath()) + "/events" + query;
  }

  /** The full events URL without credentials, for log lines. */
  static String describe(AriEventOptions options) {
    String host = options.uri().getHost();
    return (secure(options) ? "wss://" : "ws://") + host + ":" + port(options) + requestUri(options);
  }

  static String authorization(AriEventOptions options) {
    byte[] pair = (options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair);
  }

  static boolean secure(AriEventOptions options) {
    String scheme = options.uri().getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("https") || scheme.equals("wss");
  }

  static int port(AriEventOptions options) {
    int port = options.uri().getPort();
    if (port != -1) {
      return port;
    }
    return secure(options) ? 443 : 80;
  }

  private static String host(AriEventOptions options) {
    String host = options.uri().getHost();
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static String ariRoot(String rawPath) {
    String path = rawPath == null ? "" : rawPath.replaceAll("/+$", "");
    return path.endsWith("/ari") ? path : path + "/ari";
  }
}
