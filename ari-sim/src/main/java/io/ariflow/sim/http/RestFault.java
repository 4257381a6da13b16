package io.ariflow.sim.http;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A REST fault: requests whose method and path (relative to {@code /ari}, e.g. {@code /channels/.+/play})
 * match are delayed and/or answered with a chosen status and body, {@code times} times (-1: until cleared).
 *
 * @param method HTTP method, or null for any
 * @param pathPattern regular expression matched against the whole path after {@code /ari}
 * @param status status to answer with, or 0 to only delay and then handle normally
 * @param body JSON text of the answer (ignored when status is 0)
 * @param delay how long to hold the request first (on the sim clock)
 * @param times how many matching requests are affected; -1 = all until cleared
 */
public record RestFault(String method, Pattern pathPattern, int status, String body, Duration delay, int times) {

  /** Answer {@code status} with {@code {"message": message}}. */
  public static RestFault fail(String method, String pathRegex, int status, String message, int times) {
    String body = new io.vertx.core.json.JsonObject().put("message", message).encode();
    return new RestFault(method, Pattern.compile(pathRegex), status, body, Duration.ZERO, times);
  }

  /** Hold matching requests for {@code delay}, then handle them normally. */
  public static RestFault delay(String method, String pathRegex, Duration delay, int times) {
    return new RestFault(method, Pattern.compile(pathRegex), 0, null, delay, times);
  }

  boolean matches(String m, String path) {
    return (method == null || method.equalsIgnoreCase(m)) && pathPattern.matcher(path).matches();
  }
}
