package io.ariflow.app.ari.rest;

/**
 * 400 or 405, or a request refused before sending: ariflow built a request Asterisk rejects, so it is
 * a bug to report, not a call event.
 */
public final class BadRequest extends AriFailure {

  private static final long serialVersionUID = 1L;

  /** Creates the failure for a 400/405 answer. */
  public BadRequest(AriExchange exchange) {
    this(exchange, "Asterisk rejects the request as invalid (parameters or method):"
        + " a bug in the request ariflow built", null);
  }

  /** Creates the failure for a request refused locally, e.g. a body that cannot be encoded. */
  public BadRequest(AriExchange exchange, String hint, Throwable cause) {
    super(exchange, hint, cause);
  }
}
