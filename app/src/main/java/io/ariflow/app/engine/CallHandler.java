package io.ariflow.app.engine;

import io.vertx.core.Future;

/**
 * Drives one call from StasisStart until it is done. The engine guarantees the call is never left in
 * dead air: if the returned future fails, or completes while the channel is still ours, the fail-safe
 * sends the channel back to the dialplan.
 */
@FunctionalInterface
public interface CallHandler {

  Future<Void> handle(CallSession call);
}
