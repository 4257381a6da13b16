package io.ariflow.app.ari.rest;

/** 404: the channel, bridge, playback or recording no longer exists; after a hangup this is a normal race, not an error. */
public final class Gone extends AriFailure {

  private static final long serialVersionUID = 1L;

  /** Creates the failure for an answered request. */
  public Gone(AriExchange exchange) {
    super(exchange, "it no longer exists (hung up, finished or never created); usually a normal race with a hangup", null);
  }
}
