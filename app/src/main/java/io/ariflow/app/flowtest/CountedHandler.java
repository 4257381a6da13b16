package io.ariflow.app.flowtest;

import io.ariflow.app.engine.CallHandler;
import io.ariflow.app.engine.CallSession;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * The real flow hosting, with the engine's context made known (the probes run there) and the calls being
 * handled counted: a run may still be finishing (its hangup route, its clean-ups) after its caller left.
 */
final class CountedHandler implements CallHandler {

  private final CallHandler hosting;
  private final Traffic traffic;
  private final Promise<Context> home = Promise.promise();

  CountedHandler(CallHandler hosting, Traffic traffic) {
    this.hosting = hosting;
    this.traffic = traffic;
  }

  /** The engine's context, once the engine has started. */
  Future<Context> home() {
    return home.future();
  }

  @Override
  public Future<Void> start(Context engineContext) {
    home.tryComplete(engineContext);
    return hosting.start(engineContext);
  }

  @Override
  public Future<Void> handle(CallSession call) {
    traffic.handlingStarted();
    Future<Void> handled;
    try {
      handled = hosting.handle(call);
    } catch (RuntimeException e) {
      handled = Future.failedFuture(e);
    }
    return handled.andThen(done -> traffic.handlingEnded());
  }
}
