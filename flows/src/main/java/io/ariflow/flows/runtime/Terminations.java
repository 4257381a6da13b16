package io.ariflow.flows.runtime;

import io.ariflow.flows.steps.Termination;
import io.vertx.core.Future;

/**
 * Sends the command a terminal step asked for (hangup, continue; a top-level return is a continue after
 * Stasis()), unless the caller already left. A refusal is only logged by the caller of this: the run is over
 * either way, and Asterisk hangs up a channel that leaves Stasis without a place to go.
 */
final class Terminations {

  private Terminations() {
  }

  static Future<Void> perform(Termination termination, RunEnvironment env) {
    if (env.caller().gone()) {
      return Future.succeededFuture();
    }
    String channel = env.info().channelId();
    if (termination instanceof Termination.HungUp hungUp) {
      return env.ports().calls().hangup(channel, hungUp.cause());
    }
    if (termination instanceof Termination.Continued to) {
      return env.ports().calls().continueInDialplan(channel, to.context().orElse(null),
          to.extension().orElse(null), to.priority().isPresent() ? to.priority().getAsInt() : null);
    }
    if (termination instanceof Termination.Return) {
      return env.ports().calls().continueInDialplan(channel, null, null, null);
    }
    return Future.succeededFuture();
  }
}
