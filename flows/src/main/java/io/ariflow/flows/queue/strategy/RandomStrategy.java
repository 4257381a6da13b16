package io.ariflow.flows.queue.strategy;

/** {@code random}: ring a free member of the lowest penalty tier chosen uniformly at random. */
public final class RandomStrategy implements DistributionStrategy {

  @Override
  public String name() {
    return "random";
  }

  @Override
  public Selection select(SelectionRequest request) {
    int pick = request.random().nextInt(request.candidates().size());
    return Selection.one(request.candidates().get(pick));
  }
}
