package io.ariflow.app.engine;

/** Where a call registers the objects it is about to create, so their events are routed to it. */
@FunctionalInterface
interface ClaimIndex {

  /** From now on, events about {@code id} belong to {@code call}. */
  void claim(Call call, ResourceKind kind, String id);
}
