package io.ariflow.flows.queue.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The strategies by name: queues ask it for theirs instead of switching on names. {@link #standard()} holds
 * the built-ins plus any {@link DistributionStrategy} found by {@link ServiceLoader}; immutable once built.
 */
public final class StrategyRegistry {

  private final Map<String, DistributionStrategy> byName;

  private StrategyRegistry(List<DistributionStrategy> strategies) {
    Map<String, DistributionStrategy> named = new LinkedHashMap<>();
    for (DistributionStrategy strategy : strategies) {
      if (named.putIfAbsent(strategy.name(), strategy) != null) {
        throw new IllegalArgumentException("two strategies named '" + strategy.name() + "'");
      }
    }
    this.byName = Collections.unmodifiableMap(named);
  }

  /** The built-in strategies and those on the class path. */
  public static StrategyRegistry standard() {
    List<DistributionStrategy> all = new ArrayList<>(BuiltInStrategies.all());
    ServiceLoader.load(DistributionStrategy.class).stream().map(ServiceLoader.Provider::get).forEach(all::add);
    return new StrategyRegistry(all);
  }

  /** Exactly these strategies (tests, embedding). */
  public static StrategyRegistry of(List<DistributionStrategy> strategies) {
    return new StrategyRegistry(strategies);
  }

  /** The strategy named {@code name}. */
  public Optional<DistributionStrategy> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The strategy named {@code name}; throws when none is (validation prevents that). */
  public DistributionStrategy get(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "no strategy named '" + name + "'; known: " + byName.keySet()));
  }

  /** Every registered name, in registration order. */
  public Set<String> names() {
    return byName.keySet();
  }
}
