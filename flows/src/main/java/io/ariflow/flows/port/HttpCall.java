package io.ariflow.flows.port;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One outgoing HTTP request, fully rendered.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param url the absolute URL
 * @param headers request headers
 * @param body the body text, or null
 * @param timeout how long to wait for the answer
 */
public record HttpCall(String method, String url, Map<String, String> headers, String body, Duration timeout) {

  /** Copies the headers so the request stays a value. */
  public HttpCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(timeout, "timeout");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }
}
