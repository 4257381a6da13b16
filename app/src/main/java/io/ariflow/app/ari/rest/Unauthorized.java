package io.ariflow.app.ari.rest;

/** 401 or 403: Asterisk refused the credentials, so {@code doctor} can say exactly which settings to fix. */
public final class Unauthorized extends AriFailure {

  private static final long serialVersionUID = 1L;

  /** Creates the failure for an answered request. */
  public Unauthorized(AriExchange exchange) {
    super(exchange, "Asterisk refused the credentials: check ari.conf user/password and ARIFLOW_ARI_USER/ARIFLOW_ARI_PASSWORD", null);
  }
}
