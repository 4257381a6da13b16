package io.ariflow.flows.port;

import java.util.Map;

/**
 * An HTTP answer.
 *
 * @param status the status code
 * @param headers response headers (first value of each)
 * @param body the body as text, empty when there was none
 */
public record HttpReply(int status, Map<String, String> headers, String body) {

  /** Copies the headers; a null body becomes empty. */
  public HttpReply {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    body = body == null ? "" : body;
  }
}
