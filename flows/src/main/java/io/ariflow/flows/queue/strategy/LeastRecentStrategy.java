package io.ariflow.flows.queue.strategy;

import java.time.Instant;
import java.util.Comparator;

/**
 * {@code leastrecent}: ring the member whose last call from this queue ended longest ago; members who never
 * took one come first. Ties go to declaration order.
 */
public final class LeastRecentStrategy implements DistributionStrategy {

  private static final Comparator<Candidate> ORDER = Comparator
      .comparing((Candidate c) -> c.lastCallEnd().orElse(Instant.MIN))
      .thenComparingInt(Candidate::declaredOrder);

  @Override
  public String name() {
    return "leastrecent";
  }

  @Override
  public Selection select(SelectionRequest request) {
    return Selection.one(request.candidates().stream().min(ORDER).orElseThrow());
  }
}
