package io.ariflow.flows.queue.strategy;

import java.util.List;

/** The strategies ariflow ships: app_queue's set plus skills-based routing. Adding one is one line here. */
final class BuiltInStrategies {

  private BuiltInStrategies() {
  }

  static List<DistributionStrategy> all() {
    return List.of(new RingAllStrategy(), new LeastRecentStrategy(), new FewestCallsStrategy(),
        new RandomStrategy(), new RoundRobinMemoryStrategy(), new RoundRobinOrderedStrategy(),
        new LinearStrategy(), new WeightedRandomStrategy(), new SkillsStrategy());
  }
}
