package io.ariflow.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.ariflow.model.request.HttpMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A REST request line with the response line that always follows it, with typed accessors for what
 * tests compare: method, path (relative to {@code /ari}, ids unescaped), query, bodies and status.
 *
 * @param request the {@code request} line
 * @param response the {@code response} line right after it
 */
public record TraceExchange(TraceLine request, TraceLine response) {

  /** The HTTP method, or null for a method ARI does not use. */
  public HttpMethod method() {
    String method = request.line().path("method").asText();
    for (HttpMethod candidate : HttpMethod.values()) {
      if (candidate.name().equals(method)) {
        return candidate;
      }
    }
    return null;
  }

  /** The path relative to {@code /ari}, ids as recorded (unescaped). */
  public String path() {
    return request.line().path("path").asText();
  }

  /** The query parameters exactly as sent, in recorded order. */
  public Map<String, String> query() {
    Map<String, String> query = new LinkedHashMap<>();
    request.line().path("query").fields().forEachRemaining(e -> query.put(e.getKey(), e.getValue().asText()));
    return query;
  }

  /** The JSON body sent, or null. */
  public JsonNode requestBody() {
    JsonNode body = request.line().get("body");
    return body == null || body.isNull() ? null : body;
  }

  /** The HTTP status, or null when no HTTP response came (connection refused or reset). */
  public Integer status() {
    JsonNode status = response.line().get("status");
    return status == null || status.isNull() ? null : status.asInt();
  }

  /** The response body: parsed JSON, a text node for non-JSON bodies, or null when empty. */
  public JsonNode responseBody() {
    JsonNode body = response.line().get("body");
    return body == null || body.isNull() ? null : body;
  }

  /** True for a 2xx answer. */
  public boolean succeeded() {
    Integer status = status();
    return status != null && status >= 200 && status < 300;
  }

  /** The harness's label for the situation ({@code why}), or null. */
  public String why() {
    return request.line().path("why").asText(null);
  }
}
