package io.ariflow.sim.fidelity;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A deliberate, documented difference between the simulator and the recorded Asterisk: how it is tolerated
 * and why. Every rule must be needed by at least one scenario, so stale entries are noticed.
 */
sealed interface KnownDifference {

  String id();

  String reason();

  /** Applied to both sides of a per-object event sequence before comparing them again. */
  record SequenceRule(String id, String reason, Set<String> scenarios, UnaryOperator<List<SeqItem>> normalize)
      implements KnownDifference {
    boolean appliesTo(String scenario) {
      return scenarios.isEmpty() || scenarios.contains(scenario);
    }
  }

  /** Accepts a difference in one kind of request/response pair. */
  record ExchangeRule(String id, String reason, Set<String> scenarios, ExchangeMatcher matcher)
      implements KnownDifference {
    boolean explains(String scenario, Exchange exchange) {
      return (scenarios.isEmpty() || scenarios.contains(scenario)) && matcher.explains(exchange);
    }
  }

  /** Something the test deliberately does not compare, listed so that the omission is visible. */
  record NotCompared(String id, String reason) implements KnownDifference {}

  /** Decides whether an exchange's difference is the known one. */
  @FunctionalInterface
  interface ExchangeMatcher {
    boolean explains(Exchange exchange);
  }
}
