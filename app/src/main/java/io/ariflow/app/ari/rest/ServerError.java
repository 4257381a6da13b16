package io.ariflow.app.ari.rest;

/**
 * Asterisk answered but failed: a 5xx, an unexpected status, a 404 page from an HTTP server on which
 * ARI is not registered yet, or a 2xx body that does not decode. The hint names which.
 */
public final class ServerError extends AriFailure {

  private static final long serialVersionUID = 1L;

  /** Creates the failure with a hint naming what went wrong and where to look. */
  public ServerError(AriExchange exchange, String hint) {
    this(exchange, hint, null);
  }

  /** Creates the failure keeping the underlying cause, e.g. a Jackson decoding error. */
  public ServerError(AriExchange exchange, String hint, Throwable cause) {
    super(exchange, hint, cause);
  }

  /**
   * True when Asterisk itself is unwell (5xx, or ARI not registered), as opposed to a 2xx answer we
   * could not decode; only the former is retried and counted by the circuit breaker.
   */
  public boolean serverUnhealthy() {
    Integer status = status();
    return status == null || status < 200 || status >= 300;
  }
}
