/**
 * Scripted callers and agents for the simulator: a {@link io.ariflow.sim.script.Scenario} (Java records or
 * the YAML format read by {@link io.ariflow.sim.script.ScenarioLoader}) and a
 * {@link io.ariflow.sim.script.ScenarioRunner} that plays it through the simulator's control API, on the
 * virtual clock in tests and on the real clock in demos and load runs.
 */
package io.ariflow.sim.script;
