package io.ariflow.flows.queue.strategy;

/** {@code ringall}: ring every free member of the lowest penalty tier at once; the first to answer wins. */
public final class RingAllStrategy implements DistributionStrategy {

  @Override
  public String name() {
    return "ringall";
  }

  @Override
  public Selection select(SelectionRequest request) {
    return Selection.all(request.candidates());
  }
}
