package io.ariflow.app.flowtest;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.model.request.AriRequest;
import io.vertx.core.Future;
import java.util.Set;

/**
 * The engine's REST client, counted: each request is in flight from send to answer, so the time driver
 * knows when the simulator has answered everything; channel creations and originates record the endpoint
 * dialled. Called on the engine's context, like the client it wraps.
 */
final class CountingRest implements AriRestClient {

  private static final Set<String> DIALS = Set.of("channels.create", "channels.originate",
      "channels.originateWithId");

  private final AriRestClient delegate;
  private final Traffic traffic;

  CountingRest(AriRestClient delegate, Traffic traffic) {
    this.delegate = delegate;
    this.traffic = traffic;
  }

  @Override
  public <R> Future<R> send(AriRequest<R> request) {
    if (DIALS.contains(request.operation()) && request.query().containsKey("endpoint")) {
      traffic.dialled(request.query().get("endpoint"));
    }
    traffic.restSent();
    return delegate.send(request).andThen(done -> traffic.restAnswered());
  }
}
