/**
 * Distribution strategies: one class per strategy behind
 * {@link io.ariflow.flows.queue.strategy.DistributionStrategy}, found by name in
 * {@link io.ariflow.flows.queue.strategy.StrategyRegistry}. Strategies are pure functions of a
 * {@link io.ariflow.flows.queue.strategy.SelectionRequest}: rotation memory and randomness come in with the
 * request, so they run unchanged wherever a queue's owner lives.
 */
package io.ariflow.flows.queue.strategy;
