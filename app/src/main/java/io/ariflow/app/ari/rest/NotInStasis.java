package io.ariflow.app.ari.rest;

/** 409: the channel exists but is not in our Stasis application (still in the dialplan, or it left through continue). */
public final class NotInStasis extends AriFailure {

  private static final long serialVersionUID = 1L;

  /** Creates the failure for an answered request. */
  public NotInStasis(AriExchange exchange) {
    super(exchange, "the channel exists but is not in the Stasis application (it is in the dialplan or left via continue)", null);
  }
}
