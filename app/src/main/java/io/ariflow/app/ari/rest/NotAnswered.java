package io.ariflow.app.ari.rest;

/** 412: the operation needs an answered channel (e.g. early media rules); answer first. */
public final class NotAnswered extends AriFailure {

  private static final long serialVersionUID = 1L;

  /** Creates the failure for an answered request. */
  public NotAnswered(AriExchange exchange) {
    super(exchange, "the channel must be answered first", null);
  }
}
