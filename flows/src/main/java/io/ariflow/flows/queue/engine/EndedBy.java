package io.ariflow.flows.queue.engine;

/** Who ended a connected call: decides COMPLETECALLER or COMPLETEAGENT. */
public enum EndedBy {
  CALLER, AGENT
}
