package io.ariflow.flows.queue.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One offer in progress for one entry: the agents still ringing, when the ringing started, and when it
 * stops. The deadline is the ring timeout, cut short by the caller's maximum wait (app_queue's
 * {@code timeoutpriority=app}); {@code fullRing} says whether it is the ring timeout itself.
 */
final class OfferRound {

  private final Instant startedAt;
  private final Instant deadline;
  private final boolean fullRing;
  private final Set<String> ringing;

  OfferRound(Instant startedAt, Instant deadline, boolean fullRing, List<String> agents) {
    this.startedAt = startedAt;
    this.deadline = deadline;
    this.fullRing = fullRing;
    this.ringing = new LinkedHashSet<>(agents);
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant deadline() {
    return deadline;
  }

  boolean fullRing() {
    return fullRing;
  }

  boolean rings(String agentId) {
    return ringing.contains(agentId);
  }

  /** The agents still ringing, in offer order. */
  List<String> ringing() {
    return List.copyOf(ringing);
  }

  void drop(String agentId) {
    ringing.remove(agentId);
  }

  boolean exhausted() {
    return ringing.isEmpty();
  }

  long ringMillis(Instant now) {
    return Math.max(0, Duration.between(startedAt, now).toMillis());
  }
}
