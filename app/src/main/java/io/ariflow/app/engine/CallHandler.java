package io.ariflow.app.engine;

import io.vertx.core.Context;
import io.vertx.core.Future;

/**
 * Drives one call from StasisStart until it is done. The engine guarantees the call is never left in
 * dead air: if the returned future fails, or completes while the channel is still ours, the fail-safe
 * sends the channel back to the dialplan.
 */
@FunctionalInterface
public interface CallHandler {

  /** Handles one call; called on the engine's context, right after the call's StasisStart. */
  Future<Void> handle(CallSession call);

  /**
   * Prepares the handler on the engine's context before the first call (loading flows, say); the
   * engine's start waits for it. Everything the handler schedules here runs on that context.
   */
  default Future<Void> start(Context engineContext) {
    return Future.succeededFuture();
  }
}
