package io.ariflow.flows.queue.strategy;

import java.util.Comparator;

/** {@code fewestcalls}: ring the member who completed the fewest calls from this queue; ties by declaration. */
public final class FewestCallsStrategy implements DistributionStrategy {

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::callsTaken).thenComparingInt(Candidate::declaredOrder);

  @Override
  public String name() {
    return "fewestcalls";
  }

  @Override
  public Selection select(SelectionRequest request) {
    return Selection.one(request.candidates().stream().min(ORDER).orElseThrow());
  }
}
