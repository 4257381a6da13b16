package io.ariflow.app.ari.rest;

import io.ariflow.model.request.HttpMethod;

/**
 * What was asked of Asterisk and what came back, kept on every failure so logs and the {@code doctor}
 * command can name the operation. Holds the path only: credentials never travel in the URL.
 *
 * @param operation the operation name from the specification, e.g. {@code channels.answer}
 * @param method the HTTP method
 * @param path the path relative to {@code /ari}, without the query
 * @param status the HTTP status, or null when no response arrived
 * @param body the response body as text, or null when there was none
 */
public record AriExchange(
    String operation, HttpMethod method, String path, Integer status, String body) {

  private static final int MAX_BODY_IN_MESSAGE = 200;

  /** The exchange before any response: for transport failures and local refusals. */
  public static AriExchange unanswered(String operation, HttpMethod method, String path) {
    return new AriExchange(operation, method, path, null, null);
  }

  /** The same request with the answer that came back. */
  public AriExchange answered(int answerStatus, String answerBody) {
    return new AriExchange(operation, method, path, answerStatus, answerBody);
  }

  /** A one-line summary for exception messages: operation, method, path, status and a bounded body. */
  public String describe() {
    StringBuilder text = new StringBuilder()
        .append(operation).append(' ').append(method).append(' ').append(path);
    if (status != null) {
      text.append(" -> ").append(status);
    }
    if (body != null && !body.isBlank()) {
      text.append(' ').append(abbreviate(body.strip()));
    }
    return text.toString();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_BODY_IN_MESSAGE
        ? oneLine
        : oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "...";
  }
}
