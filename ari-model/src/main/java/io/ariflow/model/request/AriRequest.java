package io.ariflow.model.request;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;

/**
 * One ARI REST operation, fully described as data, so the transport (REST over HTTP, or REST over
 * the events WebSocket) stays generic and the retry policy can read whether repeating it is safe.
 *
 * @param <R> the decoded response body type; {@link Void} for operations answering 204
 */
public interface AriRequest<R> {

  /** The HTTP method. */
  HttpMethod method();

  /** Path relative to {@code /ari}, path parameters filled in and URL-encoded, e.g. {@code /channels/abc/play}. */
  String path();

  /**
   * Query parameters in declaration order, absent (null) ones omitted; multi-valued parameters are
   * joined with commas, as Asterisk expects.
   */
  Map<String, String> query();

  /** The JSON body to send, or null when the operation has none. */
  Object body();

  /** How to decode a successful response body. */
  TypeReference<R> responseType();

  /**
   * True when sending this request twice has the effect of sending it once: reads, and creations
   * that carry an id we generated. Only these are retried after a 5xx or a transport failure.
   */
  boolean idempotent();

  /** The operation's name as the specification gives it, e.g. {@code channels.play}; for logs and metrics. */
  String operation();
}
