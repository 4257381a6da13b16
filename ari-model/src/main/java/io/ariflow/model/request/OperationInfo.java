package io.ariflow.model.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One ARI REST operation as data (see {@link AriOperations}): lets the simulator route a request, the
 * conformance test check the model against the specification, and {@code ariflow doctor} compare it
 * with a live Asterisk.
 *
 * @param name the operation name, {@code <resource>.<nickname>}, e.g. {@code channels.originate}
 * @param method the HTTP method
 * @param pathTemplate the path relative to {@code /ari}, e.g. {@code /channels/{channelId}/play}
 * @param requestType the request record implementing {@link AriRequest}
 */
public record OperationInfo(String name, HttpMethod method, String pathTemplate, Class<?> requestType) {

  /**
   * The path parameters when {@code path} (encoded, relative to {@code /ari}, no query) fits this
   * operation's template, decoded; empty when it does not fit.
   */
  public Optional<Map<String, String>> match(HttpMethod method, String path) {
    String[] template = segments(pathTemplate);
    String[] actual = segments(path);
    if (method != this.method || template.length != actual.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < template.length; i++) {
      if (isParameter(template[i])) {
        params.put(template[i].substring(1, template[i].length() - 1), PathSegment.decode(actual[i]));
      } else if (!template[i].equals(actual[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /** How many template segments are literal; the most literal match wins ({@code /channels/create}). */
  public int literalSegments() {
    int literal = 0;
    for (String segment : segments(pathTemplate)) {
      literal += isParameter(segment) ? 0 : 1;
    }
    return literal;
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
