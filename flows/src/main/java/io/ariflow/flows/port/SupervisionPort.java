package io.ariflow.flows.port;

import io.vertx.core.Future;

/**
 * Supervision as the {@code supervise} step reaches it: the host finds the supervised call, asks the policy,
 * connects the supervisor through snoops or the call's bridge, follows the supervisor's keys, and reports the end.
 */
public interface SupervisionPort {

  /** Starts a session; fails only when the host cannot start one at all (the outcome reports refusals). */
  Future<SupervisionHandle> supervise(SuperviseRequest request);
}
