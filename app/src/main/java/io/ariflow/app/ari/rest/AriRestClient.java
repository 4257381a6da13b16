package io.ariflow.app.ari.rest;

import io.ariflow.model.request.AriRequest;
import io.vertx.core.Future;

/**
 * Sends one ARI REST operation and decodes its answer. Failures arrive as an {@link AriFailure}
 * subtype, so callers decide with {@code instanceof} (a 404 usually just means the caller hung up).
 */
public interface AriRestClient {

  /** Sends the request; the future fails with an {@link AriFailure} when Asterisk says no or cannot be reached. */
  <R> Future<R> send(AriRequest<R> request);
}
