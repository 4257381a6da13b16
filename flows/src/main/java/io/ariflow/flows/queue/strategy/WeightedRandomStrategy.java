package io.ariflow.flows.queue.strategy;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code wrandom}: app_queue's penalty-weighted random. Every free member draws a number below
 * {@code (1 + penalty) * 1000} and the lowest draw is rung, so higher penalties ring less often but still
 * ring; penalties are weights here, not tiers.
 */
public final class WeightedRandomStrategy implements DistributionStrategy {

  @Override
  public String name() {
    return "wrandom";
  }

  @Override
  public boolean usesPenaltyTiers() {
    return false;
  }

  @Override
  public Selection select(SelectionRequest request) {
    Map<Candidate, Integer> draws = request.candidates().stream().collect(Collectors.toMap(Function.identity(),
        c -> request.random().nextInt((1 + c.penalty()) * 1000)));
    Comparator<Candidate> lowestDraw =
        Comparator.comparing((Candidate c) -> draws.get(c)).thenComparingInt(Candidate::declaredOrder);
    return Selection.one(request.candidates().stream().min(lowestDraw).orElseThrow());
  }
}
