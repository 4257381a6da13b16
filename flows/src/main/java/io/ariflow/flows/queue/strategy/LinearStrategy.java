package io.ariflow.flows.queue.strategy;

/**
 * {@code linear}: every caller rings the members in declaration order, starting from the first; a caller's
 * next attempt continues after the member it rang last (app_queue's per-caller {@code linpos}).
 */
public final class LinearStrategy implements DistributionStrategy {

  @Override
  public String name() {
    return "linear";
  }

  @Override
  public Selection select(SelectionRequest request) {
    Candidate next = Rotation.next(request.candidates(), Candidate::declaredOrder, request.caller().cursor());
    return Selection.one(next).withCallerCursor(next.declaredOrder() + 1);
  }
}
