package io.ariflow.app.ari.rest;

/** 422: Asterisk understood the request, but it does not fit the current state (e.g. a channel that is not in this bridge). */
public final class Unprocessable extends AriFailure {

  private static final long serialVersionUID = 1L;

  /** Creates the failure for an answered request. */
  public Unprocessable(AriExchange exchange) {
    super(exchange, "the request does not fit the current state (e.g. channel not in this bridge, unknown event source)", null);
  }
}
