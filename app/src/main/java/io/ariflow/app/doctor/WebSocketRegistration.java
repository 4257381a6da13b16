package io.ariflow.app.doctor;

import io.ariflow.app.AriTarget;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opens the events socket for an application and closes it at once: Asterisk registers the app on connect. */
public final class WebSocketRegistration implements AppRegistration {
  private final Vertx vertx;
  private final AriTarget target;

  public WebSocketRegistration(Vertx vertx, AriTarget target) {
    this.vertx = vertx;
    this.target = target;
  }

  @Override
  public Future<Void> registerBriefly(String app) {
    URI base = URI.create(target.restBase());
    boolean tls = "https".equals(base.getScheme());
    int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
    String credentials = Base64.getEncoder()
        .encodeToString((target.user() + ":" + target.password()).getBytes(StandardCharsets.UTF_8));
    WebSocketConnectOptions options = new WebSocketConnectOptions()
        .setHost(base.getHost()).setPort(port).setSsl(tls)
        .setURI(base.getPath() + "/events?app=" + URLEncoder.encode(app, StandardCharsets.UTF_8))
        .addHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
    WebSocketClient client = vertx.createWebSocketClient();
    return client.connect(options)
        .compose(ws -> ws.close())
        .eventually(() -> client.close());
  }
}
