package io.ariflow.flows.steps;

import io.ariflow.flows.spec.CustomSpec;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A step type added without changing ariflow, found through {@link java.util.ServiceLoader} (list the class
 * in {@code META-INF/services/io.ariflow.flows.steps.CustomStepType}). The loader uses {@link #name()},
 * {@link #parameters()} and {@link #outcomes()} to validate flows; the interpreter calls {@link #execute}
 * with the step's parameters as plain YAML values, under the same cancellation rules as built-in steps.
 */
public interface CustomStepType {

  /** The YAML {@code type}; must not clash with a built-in type. */
  String name();

  /** The parameters a flow may give. */
  List<CustomParameter> parameters();

  /** The outcomes the step produces (not {@code error}, {@code hangup}, {@code timeout}). */
  Set<String> outcomes();

  /** The outcome {@code next} routes, if any. */
  Optional<String> defaultOutcome();

  /** Runs the step; {@code spec.params()} holds the flow's values. */
  Future<StepResult> execute(CustomSpec spec, StepContext ctx);
}
