package io.ariflow.app.ari.rest;

import io.ariflow.model.request.HttpMethod;

/**
 * Why an ARI REST operation did not succeed, as a small closed set of types. Call-state answers
 * ({@link Gone}, {@link NotInStasis}, {@link NotAnswered}, {@link Unprocessable}) describe the call and
 * are usually handled as normal races; the others describe ariflow or Asterisk. No stack trace is
 * captured: these are expected outcomes under load, and the exchange says where they come from.
 */
public abstract sealed class AriFailure extends RuntimeException
    permits Gone, NotInStasis, NotAnswered, Unprocessable, BadRequest, Unauthorized, ServerError,
        Transport {

  private static final long serialVersionUID = 1L;

  private final transient AriExchange exchange;

  AriFailure(AriExchange exchange, String hint, Throwable cause) {
    super(exchange.describe() + ": " + hint, cause, false, false);
    this.exchange = exchange;
  }

  /** The request and the answer (if any) that failed. */
  public AriExchange exchange() {
    return exchange;
  }

  /** The operation name, e.g. {@code channels.play}. */
  public String operation() {
    return exchange.operation();
  }

  /** The HTTP method of the failed request. */
  public HttpMethod method() {
    return exchange.method();
  }

  /** The path relative to {@code /ari}, without query and never with credentials. */
  public String path() {
    return exchange.path();
  }

  /** The HTTP status, or null when no response arrived. */
  public Integer status() {
    return exchange.status();
  }

  /** The response body as text, or null. */
  public String body() {
    return exchange.body();
  }
}
