package io.ariflow.flows.port;

import io.ariflow.flows.conference.supervision.SupervisionAnswer;
import io.vertx.core.Future;

/** A running supervision session, as its step holds it: how it ends, and a way to stop it. */
public interface SupervisionHandle {

  /** Completes once with how the session ended (stopped, call ended, supervisor left, failed, refused). */
  Future<SupervisionAnswer.Ended> ended();

  /** Stops the session (the step was cancelled); the supervisor's channel stays up. Harmless after the end. */
  void stop();
}
