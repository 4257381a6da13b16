package io.ariflow.flows.queue.strategy;

import java.util.Comparator;

/**
 * How a queue picks whom to ring for a caller: one class per strategy, registered by name in
 * {@link StrategyRegistry}. A strategy is a pure function of its {@link SelectionRequest}: it keeps no state
 * (rotation memory travels in the request and the {@link Selection}), reads no clock and draws randomness
 * only from the request, so it runs unchanged wherever the queue's owner lives.
 */
public interface DistributionStrategy {

  /** The registry name used in queue declarations ({@code ringall}, {@code rrmemory}, ...). */
  String name();

  /**
   * Whether the queue limits the candidates to the lowest penalty tier that has a free member before
   * asking (app_queue's rule for every strategy but {@code wrandom}, which weighs penalties instead).
   */
  default boolean usesPenaltyTiers() {
    return true;
  }

  /** Whether {@code candidate} may serve {@code caller} at all (skills-based routing says no to some). */
  default boolean eligible(CallerView caller, Candidate candidate) {
    return true;
  }

  /** The order waiting callers are served in: by effective priority, then by arrival. */
  default Comparator<CallerView> callerOrder() {
    return CallerOrder.PRIORITY_THEN_ARRIVAL;
  }

  /** Picks the member or members to ring for the request's caller. */
  Selection select(SelectionRequest request);
}
