package io.ariflow.flows.spec;

import io.ariflow.flows.expr.Expression;
import java.util.Objects;

/**
 * One {@code {when, goto}} entry of a branch.
 *
 * @param when the condition (expression)
 * @param target the step it leads to ({@code goto})
 * @param location where the entry is, for run-time reports
 */
public record BranchCase(Expression when, String target, Location location) {

  /** Rejects nulls. */
  public BranchCase {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(location, "location");
  }
}
