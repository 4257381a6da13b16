package io.ariflow.flows.steps;

import io.ariflow.flows.spec.StepSpec;
import io.vertx.core.Future;

/**
 * The behaviour of one step type (one class per type, like Conductor's task types and jambonz's verbs). The
 * interpreter calls {@link #execute} and routes the outcome; cancellation (hangup, step timeout, run
 * cancelled) arrives through {@link StepContext#cancelled()}, and every wait made through the context ends
 * when it fires, so an implementation only has to clean up what it started, with {@code eventually}.
 *
 * @param <S> the spec record this type runs
 */
public interface StepType<S extends StepSpec> {

  /** The spec record this type runs; the registry is keyed by it. */
  Class<S> specType();

  /** Runs one pass of the step; the future fails only for an unexpected error (outcome {@code error}). */
  Future<StepResult> execute(S spec, StepContext ctx);

  /**
   * Whether this step deals with the caller's hangup itself instead of being cancelled by it. Only
   * {@code call} does: its sub-flow routes the hangup first.
   */
  default boolean handlesHangup() {
    return false;
  }
}
