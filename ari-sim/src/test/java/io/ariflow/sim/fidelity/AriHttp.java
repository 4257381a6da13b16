package io.ariflow.sim.fidelity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The replaying REST client: one request at a time, like the recorder, with the recorded kind of credentials. */
final class AriHttp {

  private final WebClient client;
  private final int port;
  private final String user;
  private final String password;

  AriHttp(Vertx vertx, int port, String user, String password) {
    this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(false));
    this.port = port;
    this.user = user;
    this.password = password;
  }

  /** {@code auth}: null for the valid user, "bad-credentials" or "none" as in the trace. */
  Future<HttpOutcome> send(String method, String path, Map<String, String> query, Object body, String auth) {
    HttpRequest<Buffer> req = client.request(HttpMethod.valueOf(method), port, "127.0.0.1", "/ari" + path);
    query.forEach(req::addQueryParam);
    String header = authorization(auth);
    if (header != null) {
      req.putHeader("Authorization", header);
    }
    Future<HttpResponse<Buffer>> sent = body == null ? req.send()
        : req.putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(Json.encode(body)));
    return sent.map(AriHttp::outcome).otherwise(HttpOutcome::noHttp);
  }

  /** A plain GET of a full URI (e.g. a refused WebSocket upgrade repeated as HTTP, as the recorder did). */
  Future<HttpOutcome> raw(String uri, String authorization) {
    HttpRequest<Buffer> req = client.request(HttpMethod.GET, port, "127.0.0.1", uri);
    if (authorization != null) {
      req.putHeader("Authorization", authorization);
    }
    return req.send().map(AriHttp::outcome).otherwise(HttpOutcome::noHttp);
  }

  /** The Basic header for the valid user, a wrong password, or none. */
  String authorization(String auth) {
    if ("none".equals(auth)) {
      return null;
    }
    String pass = "bad-credentials".equals(auth) ? "wrong" : password;
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
  }

  void close() {
    client.close();
  }

  private static HttpOutcome outcome(HttpResponse<Buffer> r) {
    String type = r.getHeader("Content-Type");
    String text = r.bodyAsString();
    return new HttpOutcome(r.statusCode(), parse(text), type, null);
  }

  private static Object parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Json.decodeValue(text);
    } catch (RuntimeException e) {
      return text;
    }
  }
}
