package io.ariflow.flows.queue.engine;

import io.ariflow.flows.queue.definition.MemberDefinition;
import java.time.Instant;
import java.util.Optional;

/**
 * A member present in one queue: its declaration, its places in the rotations, and what it did for this
 * queue (calls completed, last call end) that fewestcalls and leastrecent rank on.
 */
final class RosterMember {

  private final MemberDefinition definition;
  private final int declaredOrder;
  private final int joinOrder;
  private int callsTaken;
  private Optional<Instant> lastCallEnd = Optional.empty();

  RosterMember(MemberDefinition definition, int declaredOrder, int joinOrder, int callsTaken,
      Optional<Instant> lastCallEnd) {
    this.definition = definition;
    this.declaredOrder = declaredOrder;
    this.joinOrder = joinOrder;
    this.callsTaken = callsTaken;
    this.lastCallEnd = lastCallEnd;
  }

  MemberDefinition definition() {
    return definition;
  }

  String agentId() {
    return definition.agentId();
  }

  int declaredOrder() {
    return declaredOrder;
  }

  int joinOrder() {
    return joinOrder;
  }

  int callsTaken() {
    return callsTaken;
  }

  Optional<Instant> lastCallEnd() {
    return lastCallEnd;
  }

  void callCompleted(Instant at) {
    callsTaken++;
    lastCallEnd = Optional.of(at);
  }
}
