package io.ariflow.app.flowtest;

import io.ariflow.flows.spec.Location;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an integrator's HTTP endpoint answers in a test: requests whose method and URL match get
 * {@code status} with {@code body} after {@code delay}, or no answer at all ({@code fail}). A delay at least
 * as long as the request's own timeout is a timeout, as the real client would see it.
 *
 * @param method the HTTP method to match, upper case; empty matches any
 * @param url the URL pattern
 * @param status the status code
 * @param headers response headers
 * @param body the response body (JSON text for a {@code json:} stub)
 * @param delay how long the endpoint takes to answer, in virtual time
 * @param fail {@code timeout} or {@code refused} for an endpoint that never answers; empty answers
 * @param location where the stub is written
 */
public record HttpStub(Optional<String> method, UrlPattern url, int status, Map<String, String> headers,
    String body, Duration delay, Optional<String> fail, Location location) {

  /** The failures a stub can simulate instead of answering. */
  public static final List<String> FAILURES = List.of("timeout", "refused");

  /** Copies the headers and rejects missing parts. */
  public HttpStub {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(fail, "fail");
    Objects.requireNonNull(location, "location");
    headers = Map.copyOf(headers);
  }

  /** Whether this stub answers {@code requestMethod} on {@code requestUrl}. */
  public boolean matches(String requestMethod, String requestUrl) {
    return method.map(m -> m.equals(requestMethod.toUpperCase(Locale.ROOT))).orElse(true) && url.matches(requestUrl);
  }

  @Override
  public String toString() {
    return method.map(m -> m + " ").orElse("") + url;
  }
}
