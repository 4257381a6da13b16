package io.ariflow.flows.queue.strategy;

/**
 * {@code rrordered}: like {@code rrmemory}, but the rotation keeps the order of the declaration whatever the
 * order of logins, as app_queue keeps the config file's order.
 */
public final class RoundRobinOrderedStrategy implements DistributionStrategy {

  @Override
  public String name() {
    return "rrordered";
  }

  @Override
  public Selection select(SelectionRequest request) {
    Candidate next = Rotation.next(request.candidates(), Candidate::declaredOrder, request.queueCursor());
    return Selection.one(next).withQueueCursor(next.declaredOrder() + 1);
  }
}
