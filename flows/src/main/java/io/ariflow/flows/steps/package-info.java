/**
 * One class per step type ({@link io.ariflow.flows.steps.StepType}), the registry keyed by spec class, and the
 * helpers steps share: prompts with barge-in, digit collection, the dial machine. Steps reach Asterisk only
 * through the ports in {@link io.ariflow.flows.steps.StepContext} and leave nothing behind when cancelled.
 */
package io.ariflow.flows.steps;
