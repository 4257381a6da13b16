package io.ariflow.flows.queue.strategy;

/**
 * {@code rrmemory}: round robin that remembers where it stopped, across callers. The rotation follows the
 * order members joined the queue at run time (an agent who logs out and in again moves to the end), as
 * app_queue's member positions do.
 */
public final class RoundRobinMemoryStrategy implements DistributionStrategy {

  @Override
  public String name() {
    return "rrmemory";
  }

  @Override
  public Selection select(SelectionRequest request) {
    Candidate next = Rotation.next(request.candidates(), Candidate::joinOrder, request.queueCursor());
    return Selection.one(next).withQueueCursor(next.joinOrder() + 1);
  }
}
